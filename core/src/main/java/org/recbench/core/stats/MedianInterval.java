package org.recbench.core.stats;

import org.apache.commons.statistics.distribution.BinomialDistribution;

/**
 * The distribution-free confidence interval of a median from order statistics (Hollander, Wolfe
 * and Chicken, <i>Nonparametric Statistical Methods</i>, 3rd ed., §3.6): with the sample sorted,
 * {@code [x(k), x(n+1-k)]} covers the median with probability {@code 1 - 2 P(B <= k - 1)},
 * {@code B ~ Binomial(n, 1/2)}, whatever the distribution. {@code k} is the largest index whose
 * coverage is at least 95%. It lies inside the range of the data, so it never reaches below
 * zero for times or counts. Below 6 values no pair of order statistics reaches 95%; the
 * interval is then {@code [min, max]} with its lower coverage ({@link #coverage}).
 */
public final class MedianInterval {

  /** Target coverage. */
  public static final double LEVEL = 0.95;

  private MedianInterval() {}

  /**
   * The interval of ascending {@code sorted}.
   *
   * @throws IllegalArgumentException when empty
   */
  public static Interval of(double[] sorted) {
    int k = index(sorted.length);
    return new Interval(sorted[k - 1], sorted[sorted.length - k]);
  }

  /** Coverage of the interval for {@code n} values: {@code 1 - 2 P(B <= k - 1)}. */
  public static double coverage(int n) {
    int k = index(n);
    return n == 1 ? 0 : 1 - 2 * BinomialDistribution.of(n, 0.5).cumulativeProbability(k - 1);
  }

  /** The 1-based order-statistic index k of the lower end. */
  static int index(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("cannot bound the median of an empty sample");
    }
    if (n == 1) {
      return 1;
    }
    BinomialDistribution b = BinomialDistribution.of(n, 0.5);
    int k = 1;
    while (k + 1 <= (n + 1) / 2 && 1 - 2 * b.cumulativeProbability(k) >= LEVEL) {
      k++;
    }
    return k;
  }
}
