package org.recbench.core.stats;

/**
 * A closed interval {@code [low, high]}.
 *
 * @param low lower end
 * @param high upper end, at least {@code low}
 */
public record Interval(double low, double high) {

  /** Validates the order of the ends. */
  public Interval {
    if (!(low <= high)) {
      throw new IllegalArgumentException("interval needs low <= high, was [" + low + ", " + high
          + "]");
    }
  }

  /** The single-point interval {@code [x, x]}. */
  public static Interval point(double x) {
    return new Interval(x, x);
  }
}
