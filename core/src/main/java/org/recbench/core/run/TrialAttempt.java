package org.recbench.core.run;

import java.util.ArrayList;
import java.util.List;
import org.recbench.core.trial.Checkpoint;

/**
 * What one run of a trial's body has done so far, shared between the thread that runs it and the
 * {@link TrialWatchdog} that may give up on it: the checkpoints reached (added only at checkpoint
 * positions, so the lock costs nothing per step), the phase it is in (written a few times per
 * trial, never per step) and how it ended.
 */
final class TrialAttempt {

  private final List<Checkpoint> reached = new ArrayList<>();
  private volatile String phase = "starting the trial";
  private volatile String error;
  private volatile Throwable fatal;

  /** Records a checkpoint read by the trial loop. */
  synchronized void reached(Checkpoint checkpoint) {
    reached.add(checkpoint);
  }

  /** A copy of the checkpoints reached so far. */
  synchronized List<Checkpoint> checkpoints() {
    return List.copyOf(reached);
  }

  /** What the body is doing now, for a time-limit message ("creating the policy x"). */
  void phase(String now) {
    phase = now;
  }

  String phase() {
    return phase;
  }

  /** The body ended: {@code failure} is its error, or null when the trial succeeded. */
  void finish(String failure) {
    error = failure;
  }

  /** The body ended with an error the JVM may not survive; the runner rethrows it. */
  void fatal(Throwable error) {
    fatal = error;
  }

  String error() {
    return error;
  }

  Throwable fatalError() {
    return fatal;
  }
}
