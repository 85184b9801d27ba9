package org.recbench.core.run;

/** Thrown inside a trial's loop when its wall-time limit has passed; ends the trial as failed. */
final class TimeLimitExceededException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** How every time-limit message starts. */
  static final String PREFIX = "time limit of ";

  TimeLimitExceededException(long limitMillis, long steps) {
    super(message(limitMillis) + " after " + steps + " steps");
  }

  /** {@code time limit of 2 s exceeded}. */
  static String message(long limitMillis) {
    return PREFIX + seconds(limitMillis) + " s exceeded";
  }

  private static String seconds(long millis) {
    return millis % 1000 == 0 ? Long.toString(millis / 1000) : Double.toString(millis / 1000.0);
  }
}
