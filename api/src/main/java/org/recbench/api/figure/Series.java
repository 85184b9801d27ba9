package org.recbench.api.figure;

import java.util.Arrays;
import java.util.Objects;

/**
 * One named sequence of points of a {@link Figure}, optionally with a confidence interval of y at
 * every point. Arrays are copied in and out, so a series is immutable.
 *
 * @param label legend entry
 * @param x x coordinates
 * @param y y coordinates, as many as x
 * @param low lower ends of the confidence intervals of y, as many as x, or null for none
 * @param high upper ends, as many as x, or null for none (set both or neither)
 */
public record Series(String label, double[] x, double[] y, double[] low, double[] high) {

  /** Validates the lengths and copies the arrays. */
  public Series {
    Objects.requireNonNull(label, "label");
    x = x.clone();
    y = y.clone();
    if (y.length != x.length) {
      throw new IllegalArgumentException("series " + label + " has " + x.length + " x values but "
          + y.length + " y values");
    }
    if ((low == null) != (high == null)) {
      throw new IllegalArgumentException("series " + label + " needs both interval ends or none");
    }
    if (low != null) {
      if (low.length != x.length || high.length != x.length) {
        throw new IllegalArgumentException("series " + label + " has interval ends of another "
            + "length than its " + x.length + " points");
      }
      low = low.clone();
      high = high.clone();
    }
  }

  /** A series without intervals. */
  public static Series of(String label, double[] x, double[] y) {
    return new Series(label, x, y, null, null);
  }

  /** Number of points. */
  public int size() {
    return x.length;
  }

  /** Whether the series has confidence intervals. */
  public boolean hasInterval() {
    return low != null;
  }

  @Override
  public double[] x() {
    return x.clone();
  }

  @Override
  public double[] y() {
    return y.clone();
  }

  @Override
  public double[] low() {
    return low == null ? null : low.clone();
  }

  @Override
  public double[] high() {
    return high == null ? null : high.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Series s && label.equals(s.label) && Arrays.equals(x, s.x)
        && Arrays.equals(y, s.y) && Arrays.equals(low, s.low) && Arrays.equals(high, s.high);
  }

  @Override
  public int hashCode() {
    return Objects.hash(label, Arrays.hashCode(x), Arrays.hashCode(y), Arrays.hashCode(low),
        Arrays.hashCode(high));
  }

  @Override
  public String toString() {
    return "Series[" + label + ", " + x.length + " points" + (low == null ? "" : ", with CI") + "]";
  }
}
