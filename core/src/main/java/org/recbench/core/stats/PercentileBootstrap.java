package org.recbench.core.stats;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Percentile bootstrap 95% confidence interval of a mean (Efron and Tibshirani, <i>An
 * Introduction to the Bootstrap</i>, 1993, §13.3): draw {@link #RESAMPLES} samples of size
 * {@code n} with replacement, take the mean of each, and report the 2.5% and 97.5% quantiles of
 * those means (linear interpolation between order statistics, Hyndman and Fan's type 7, the
 * default of R and NumPy).
 *
 * <p>Reports must be reproducible, so the resampling stream is seeded from the data itself
 * ({@link #seedOf(double[])}): the same values in the same order always give the same interval.
 */
public final class PercentileBootstrap {

  /** Number of bootstrap resamples. */
  public static final int RESAMPLES = 10_000;

  /** Two-sided coverage of the interval. */
  public static final double LEVEL = 0.95;

  private PercentileBootstrap() {}

  /** The percentile interval of the mean of {@code values}; the point when all are equal. */
  public static Interval interval(double[] values) {
    int n = values.length;
    if (n == 0) {
      throw new IllegalArgumentException("cannot bootstrap an empty sample");
    }
    SplittableRandom random = new SplittableRandom(seedOf(values));
    double[] means = new double[RESAMPLES];
    for (int b = 0; b < RESAMPLES; b++) {
      double sum = 0;
      for (int i = 0; i < n; i++) {
        sum += values[random.nextInt(n)];
      }
      means[b] = sum / n;
    }
    Arrays.sort(means);
    double tail = (1 - LEVEL) / 2;
    return new Interval(quantile(means, tail), quantile(means, 1 - tail));
  }

  /**
   * A 64-bit seed that depends on every bit of every value and on their order: a running
   * SplitMix64 finalizer (Steele, Lea and Flood, OOPSLA 2014) over the IEEE-754 bit patterns.
   */
  static long seedOf(double[] values) {
    long h = mix(values.length);
    for (double v : values) {
      h = mix(h ^ Double.doubleToLongBits(v));
    }
    return h;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Type-7 quantile of ascending {@code sorted} at probability {@code p}. */
  static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int below = (int) Math.floor(h);
    int above = Math.min(below + 1, sorted.length - 1);
    return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
  }
}
