package org.recbench.engine.spark;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.recbench.core.engine.TrialListener;
import org.recbench.core.trial.TrialSpec;

/**
 * Carries finished slices from Spark's scheduler thread to the driver's thread, which hands each
 * planned trial to the run's listener exactly once, in the order slices finish, with its spec
 * attached again. A result whose
 * key was delivered already (a task that Spark ran twice: a retry after a lost executor that had
 * sent its result, a speculative copy) is dropped.
 */
final class ResultStream {

  /** What the scheduler reports: a finished slice, or the end of the job. */
  private sealed interface Event permits Slice, End {}

  private record Slice(Finished[] results) implements Event {}

  /** The end of the job; {@code failure} is null when every task succeeded. */
  private record End(Throwable failure) implements Event {}

  /**
   * How a job ended.
   *
   * @param delivered trials handed to the listener
   * @param duplicates results dropped because their trial was delivered already
   * @param failure why the job failed, or null
   */
  record Outcome(int delivered, int duplicates, Throwable failure) {}

  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final Map<String, TrialSpec> planned;
  private final Set<String> pending;

  /** A stream expecting one result per trial of {@code planned} (by key). */
  ResultStream(Map<String, TrialSpec> planned) {
    this.planned = Map.copyOf(planned);
    this.pending = new HashSet<>(planned.keySet());
  }

  /** A slice finished; called from any thread. */
  void slice(Finished[] results) {
    events.add(new Slice(results));
  }

  /** The job ended, with {@code failure} or (null) successfully; called from any thread. */
  void ended(Throwable failure) {
    events.add(new End(failure));
  }

  /**
   * Hands results to {@code listener} on the calling thread until the job ends. An exception
   * from the listener propagates at once.
   *
   * @throws IllegalStateException when a result belongs to no planned trial, or the job ended
   *     successfully without a result for every trial
   */
  Outcome deliver(TrialListener listener) throws InterruptedException {
    int delivered = 0;
    int duplicates = 0;
    while (true) {
      Event event = events.take();
      if (event instanceof End end) {
        if (end.failure() == null && !pending.isEmpty()) {
          throw new IllegalStateException("the Spark job ended without results for "
              + pending.size() + " trials");
        }
        return new Outcome(delivered, duplicates, end.failure());
      }
      for (Finished result : ((Slice) event).results()) {
        TrialSpec spec = planned.get(result.key());
        if (spec == null) {
          throw new IllegalStateException("a result for an unplanned trial: " + result.key());
        }
        if (pending.remove(result.key())) {
          delivered++;
          listener.finished(result.of(spec));
        } else {
          duplicates++;
        }
      }
    }
  }
}
