package org.recbench.core.stats;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The Student-t 95% confidence interval of a mean: {@code mean ± t(0.975; n - 1) · sd / √n}, where
 * {@code t(0.975; n - 1)} is the 97.5% quantile of Student's t distribution with {@code n - 1}
 * degrees of freedom (e.g. 2.776 for n = 5, 2.093 for n = 20).
 */
public final class StudentTInterval {

  /** Two-sided coverage of the interval. */
  public static final double LEVEL = 0.95;

  private StudentTInterval() {}

  /**
   * The interval for a sample of size {@code n} with the given mean and sample standard deviation;
   * the point {@code [mean, mean]} when {@code n = 1}.
   */
  public static Interval of(int n, double mean, double sd) {
    if (n < 1) {
      throw new IllegalArgumentException("sample size must be >= 1, was " + n);
    }
    if (n == 1) {
      return Interval.point(mean);
    }
    double quantile = TDistribution.of(n - 1).inverseCumulativeProbability(0.5 + LEVEL / 2);
    double halfWidth = quantile * sd / Math.sqrt(n);
    return new Interval(mean - halfWidth, mean + halfWidth);
  }
}
