package org.recbench.core.run;

/** Thrown inside a trial's loop when its wall-time limit has passed; ends the trial as failed. */
final class TimeLimitExceededException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  TimeLimitExceededException(long limitMillis, long steps) {
    super("time limit of " + seconds(limitMillis) + " s exceeded after " + steps + " steps");
  }

  private static String seconds(long millis) {
    return millis % 1000 == 0 ? Long.toString(millis / 1000) : Double.toString(millis / 1000.0);
  }
}
