package org.recbench.churn.numpy;

/**
 * numpy's summation of a contiguous float64 array ({@code np.sum}, {@code add.reduce} along the
 * last axis): {@code pairwise_sum} in {@code loops_utils.h}. Fewer than 8 terms are added left to
 * right; up to 128 terms go to 8 running sums combined as ((s0+s1)+(s2+s3))+((s4+s5)+(s6+s7)),
 * then the remaining terms are added one by one; longer arrays are split at n/2 rounded down to a
 * multiple of 8 and the halves summed recursively. Reproducing the order reproduces numpy's
 * rounding.
 */
public final class PairwiseSum {

  private static final int BLOCK = 128;
  private static final int UNROLL = 8;

  private PairwiseSum() {}

  /** The numpy sum of {@code values}. */
  public static double sum(double[] values) {
    return sum(values, 0, values.length);
  }

  /** The numpy sum of {@code values[from .. from + n)}. */
  public static double sum(double[] values, int from, int n) {
    if (n < UNROLL) {
      double res = 0.0;
      for (int i = 0; i < n; i++) {
        res += values[from + i];
      }
      return res;
    }
    if (n <= BLOCK) {
      double[] r = new double[UNROLL];
      System.arraycopy(values, from, r, 0, UNROLL);
      int i = UNROLL;
      for (; i < n - (n % UNROLL); i += UNROLL) {
        for (int j = 0; j < UNROLL; j++) {
          r[j] += values[from + i + j];
        }
      }
      double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
      for (; i < n; i++) {
        res += values[from + i];
      }
      return res;
    }
    int half = n / 2;
    half -= half % UNROLL;
    return sum(values, from, half) + sum(values, from + half, n - half);
  }
}
