package org.recbench.menus.simplex;

/** Checks that a vector is a probability distribution, with a message naming it. */
public final class Simplexes {

  /** Tolerance on the total mass of a distribution. */
  public static final double SUM_TOLERANCE = 1e-9;

  private Simplexes() {
  }

  /**
   * @throws IllegalArgumentException unless {@code x} is non-empty, finite, non-negative and sums
   *     to 1 within {@link #SUM_TOLERANCE}; the message names {@code what}
   */
  public static void requireDistribution(double[] x, String what) {
    if (x == null || x.length == 0) {
      throw new IllegalArgumentException(what + " must be a non-empty distribution");
    }
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      if (!(x[i] >= 0) || Double.isInfinite(x[i])) {
        throw new IllegalArgumentException(
            what + " must be non-negative and finite, entry " + i + " is " + x[i]);
      }
      sum += x[i];
    }
    if (Math.abs(sum - 1.0) > SUM_TOLERANCE) {
      throw new IllegalArgumentException(what + " must sum to 1, sums to " + sum);
    }
  }
}
