package org.recbench.bandits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.recbench.bandits.Policies.rng;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.random.RandomGenerator;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BetaTailsTest {

  private static final MathContext CONTEXT = new MathContext(40);

  /** Σ_{j<α} C(n, j) q^j (1 − q)^(n−j), n = α + β − 1, in exact decimal arithmetic. */
  private static double exactBinomialSum(int alpha, int beta, double q) {
    int n = alpha + beta - 1;
    BigDecimal bq = new BigDecimal(q);
    BigDecimal bp = BigDecimal.ONE.subtract(bq);
    BigDecimal sum = BigDecimal.ZERO;
    BigInteger choose = BigInteger.ONE;
    for (int j = 0; j < alpha; j++) {
      sum = sum.add(new BigDecimal(choose).multiply(bq.pow(j, CONTEXT), CONTEXT)
          .multiply(bp.pow(n - j, CONTEXT), CONTEXT), CONTEXT);
      choose = choose.multiply(BigInteger.valueOf(n - j)).divide(BigInteger.valueOf(j + 1));
    }
    return sum.doubleValue();
  }

  @ParameterizedTest
  @CsvSource({"1, 1, 0.3", "1, 5, 0.5", "5, 1, 0.9", "3, 8, 0.4", "3, 8, 0.1", "20, 30, 0.5",
      "2, 60, 0.2", "60, 2, 0.999", "150, 40, 0.85", "150, 40, 0.5"})
  void upperTailIsTheBinomialSumOfTheOrderStatisticIdentity(int alpha, int beta, double q) {
    double expected = exactBinomialSum(alpha, beta, q);
    assertThat(BetaTails.upperTail(alpha, beta, q)).isCloseTo(expected, within(1e-13 * expected));
  }

  @ParameterizedTest
  @CsvSource({"1, 1, 0.3", "1, 5, 0.5", "3, 8, 0.4", "50, 10, 0.9", "900, 100, 0.92",
      "8100, 900, 0.905", "8100, 900, 0.88", "2, 30, 0.2", "30000, 1, 0.99999", "7, 2, 0.2"})
  void upperTailEqualsTheBetaSurvivalFunctionOfCommonsStatistics(int alpha, int beta, double q) {
    double expected = BetaDistribution.of(alpha, beta).survivalProbability(q);
    assertThat(BetaTails.upperTail(alpha, beta, q)).isCloseTo(expected, within(1e-12 * expected));
  }

  /** Shapes and thresholds above the mode, from barely (λ near 0) to far out in the tail. */
  @ParameterizedTest
  @CsvSource({"1, 5, 0.3", "3, 8, 0.4", "2, 2, 0.55", "50, 10, 0.9", "6, 3, 0.83",
      "8100, 900, 0.905", "1, 2, 0.9"})
  void drawsAboveFollowTheTruncatedBetaDistributionFunction(int alpha, int beta, double q) {
    BetaDistribution law = BetaDistribution.of(alpha, beta);
    double below = law.cumulativeProbability(q);
    double tail = law.survivalProbability(q);
    double slope = BetaTails.logDensitySlope(alpha, beta, q);
    assertThat(slope).isNegative();
    RandomGenerator rng = rng(11);
    double[] draws = new double[20_000];
    for (int i = 0; i < draws.length; i++) {
      draws[i] = BetaTails.sampleAbove(rng, alpha, beta, q, Math.log(q), Math.log(1 - q), slope);
      assertThat(draws[i]).isStrictlyBetween(q, 1.0);
    }
    Sampling.assertDistribution(draws, x -> (law.cumulativeProbability(x) - below) / tail);
  }

  @ParameterizedTest
  @CsvSource({"1.5, 2, 0.5, integers", "0, 2, 0.5, integers", "2, 2, 1, (0, 1)",
      "2, 2, 0, (0, 1)", "2, 2, NaN, (0, 1)"})
  void invalidArgumentsAreRefused(double alpha, double beta, double q, String expected) {
    assertThatThrownBy(() -> BetaTails.upperTail(alpha, beta, q))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(expected);
  }
}
