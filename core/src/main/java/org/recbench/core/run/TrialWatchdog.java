package org.recbench.core.run;

import java.util.concurrent.TimeUnit;

/**
 * Enforces a trial's wall-time limit on the whole trial, factories included: the body runs on its
 * own daemon thread while the caller waits until the deadline. A body still running then is
 * interrupted (blocking calls, a waiting solver process, shared work being waited for end at
 * once); one that has not ended {@value #GRACE_MILLIS} ms later — a component computing without
 * looking at its interrupt flag — is abandoned: its thread keeps running as a daemon until it
 * ends or the process exits, and its results are never used. Either way the trial fails with
 * {@code time limit of N s exceeded while <phase>}. The trial loop's own check every 1024 steps
 * stays the cheap path for components that step normally; the watchdog adds nothing per step.
 */
final class TrialWatchdog {

  /** How long an interrupted body may take to stop before its thread is abandoned. */
  static final long GRACE_MILLIS = 1000;

  private TrialWatchdog() {}

  /**
   * Runs {@code body} (which records into {@code attempt}) on a thread named {@code name}, with
   * the deadline {@code startNanos + limitMillis}.
   *
   * @return null when the body ended in time, else why the trial failed
   */
  static String run(Runnable body, TrialAttempt attempt, String name, long startNanos,
      long limitMillis) {
    Thread thread = new Thread(body, name);
    thread.setDaemon(true);
    thread.start();
    long deadline = startNanos + TimeUnit.MILLISECONDS.toNanos(limitMillis);
    try {
      if (joined(thread, deadline)) {
        return null;
      }
      String phase = attempt.phase();
      thread.interrupt();
      if (joined(thread, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(GRACE_MILLIS))) {
        String own = attempt.error();
        return own != null && own.startsWith(TimeLimitExceededException.PREFIX) ? own
            : TimeLimitExceededException.message(limitMillis) + " while " + phase
                + "; it stopped when interrupted";
      }
      return TimeLimitExceededException.message(limitMillis) + " while " + phase
          + "; it did not stop within " + GRACE_MILLIS / 1000.0 + " s of being interrupted, so "
          + "its thread was abandoned (it may use a processor until it ends or the run exits)";
    } catch (InterruptedException e) {
      thread.interrupt();
      Thread.currentThread().interrupt();
      return "interrupted: the run was stopped while the trial was " + attempt.phase();
    }
  }

  /** Waits for {@code thread} until {@code deadlineNanos}; whether it ended. */
  private static boolean joined(Thread thread, long deadlineNanos) throws InterruptedException {
    long left;
    while (thread.isAlive() && (left = deadlineNanos - System.nanoTime()) > 0) {
      TimeUnit.NANOSECONDS.timedJoin(thread, left);
    }
    return !thread.isAlive();
  }
}
