package org.recbench.bandits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recbench.bandits.Policies.rng;

import java.util.random.RandomGenerator;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.GammaDistribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RandomVariatesTest {

  private static double[] gammas(double shape, int n, long seed) {
    RandomGenerator rng = rng(seed);
    double[] draws = new double[n];
    for (int i = 0; i < n; i++) {
      draws[i] = RandomVariates.gamma(rng, shape);
    }
    return draws;
  }

  private static double[] betas(double a, double b, int n, long seed) {
    RandomGenerator rng = rng(seed);
    double[] draws = new double[n];
    for (int i = 0; i < n; i++) {
      draws[i] = RandomVariates.beta(rng, a, b);
    }
    return draws;
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.3, 1, 2.5, 30})
  void gammaMeanAndVarianceBothEqualTheShape(double shape) {
    double[] draws = gammas(shape, 200_000, 1);
    Sampling.assertMean(draws, shape, shape);
    // Gamma(α, 1): σ² = α, excess kurtosis 6/α, so μ₄ = 3α² + 6α.
    Sampling.assertVariance(draws, shape, 3 * shape * shape + 6 * shape);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.3, 1, 2.5, 30})
  void gammaDrawsFollowTheGammaDistributionFunction(double shape) {
    GammaDistribution gamma = GammaDistribution.of(shape, 1);
    Sampling.assertDistribution(gammas(shape, 200_000, 2), gamma::cumulativeProbability);
  }

  /** Shapes at and around 1, where Gamma's boost for shapes below 1 starts, and large ones. */
  @ParameterizedTest
  @CsvSource({"1, 1", "1, 5", "0.5, 0.5", "0.3, 2", "1.0001, 3", "0.9999, 3", "2, 2", "2, 30",
      "50, 50", "1000, 3", "100000, 100000"})
  void betaMeanAndVarianceMatchTheClosedForms(double a, double b) {
    double mean = a / (a + b);
    double variance = a * b / ((a + b) * (a + b) * (a + b + 1));
    double excessKurtosis = 6 * ((a - b) * (a - b) * (a + b + 1) - a * b * (a + b + 2))
        / (a * b * (a + b + 2) * (a + b + 3));
    double[] draws = betas(a, b, 200_000, 3);
    Sampling.assertMean(draws, mean, variance);
    Sampling.assertVariance(draws, variance, (excessKurtosis + 3) * variance * variance);
  }

  @ParameterizedTest
  @CsvSource({"1, 1", "1, 5", "5, 1", "0.5, 0.5", "0.3, 2", "2, 0.3", "1.0001, 3", "0.9999, 3",
      "2, 2", "2, 30", "30, 2", "50, 50", "1000, 3", "100000, 100000"})
  void betaDrawsFollowTheBetaDistributionFunction(double a, double b) {
    BetaDistribution beta = BetaDistribution.of(a, b);
    Sampling.assertDistribution(betas(a, b, 20_000, 4), beta::cumulativeProbability);
  }

  /**
   * X / (X + Y) with X, Y &gt; 0 lies in (0, 1]; for these shapes a variate within rounding
   * distance of 0 or 1 has probability below 10^-8 per draw.
   */
  @ParameterizedTest
  @CsvSource({"1, 1", "1, 5", "0.5, 0.5", "0.3, 2", "1.0001, 3", "2, 2", "2, 30", "50, 50",
      "1000, 3", "100000, 100000"})
  void betaDrawsLieStrictlyInsideTheUnitInterval(double a, double b) {
    for (double x : betas(a, b, 100_000, 5)) {
      assertThat(x).isStrictlyBetween(0.0, 1.0);
    }
  }
}
