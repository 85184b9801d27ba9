package org.recbench.bandits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

/** Statistical assertions whose tolerance a correct implementation misses with negligible odds. */
final class Sampling {

  private Sampling() {}

  /** Asserts that {@code count} successes in {@code n} Bernoulli(p) trials lie within 5 sd. */
  static void assertBinomial(long count, long n, double p) {
    double sd = Math.sqrt(n * p * (1 - p));
    assertThat((double) count).as("successes in %d trials with p = %s", n, p)
        .isBetween(n * p - 5 * sd, n * p + 5 * sd);
  }

  /** Asserts that a sample mean lies within 5 standard errors of {@code mean}. */
  static void assertMean(double[] sample, double mean, double variance) {
    double se = Math.sqrt(variance / sample.length);
    assertThat(Arrays.stream(sample).average().orElseThrow()).as("sample mean")
        .isCloseTo(mean, within(5 * se));
  }

  /**
   * Asserts that a sample variance lies within 5 standard errors of {@code variance}, where
   * {@code fourthCentralMoment} μ₄ gives Var(s²) ≈ (μ₄ − σ⁴) / n.
   */
  static void assertVariance(double[] sample, double variance, double fourthCentralMoment) {
    double mean = Arrays.stream(sample).average().orElseThrow();
    double sampleVariance = Arrays.stream(sample).map(x -> (x - mean) * (x - mean)).sum()
        / (sample.length - 1);
    double se = Math.sqrt((fourthCentralMoment - variance * variance) / sample.length);
    assertThat(sampleVariance).as("sample variance")
        .isCloseTo(variance, within(5 * se));
  }

  /**
   * Asserts the Kolmogorov-Smirnov statistic of {@code sample} against {@code cdf} is below the
   * 0.1% critical value 1.95 / √n.
   */
  static void assertDistribution(double[] sample, DoubleUnaryOperator cdf) {
    double[] sorted = sample.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    double d = 0;
    for (int i = 0; i < n; i++) {
      double f = cdf.applyAsDouble(sorted[i]);
      d = Math.max(d, Math.max(f - (double) i / n, (double) (i + 1) / n - f));
    }
    assertThat(d).as("Kolmogorov-Smirnov distance of %d draws", n).isLessThan(1.95 / Math.sqrt(n));
  }
}
