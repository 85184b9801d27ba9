package org.recbench.bandits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BinomialProbabilityTest {

  private static final MathContext CONTEXT = new MathContext(40);

  /** C(n, k) p^k (1 − p)^(n − k) in exact decimal arithmetic (p is a binary double). */
  private static double exact(int k, int n, double p) {
    BigDecimal bp = new BigDecimal(p);
    BigDecimal bq = BigDecimal.ONE.subtract(bp);
    BigInteger choose = BigInteger.ONE;
    for (int i = 0; i < k; i++) {
      choose = choose.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
    }
    return new BigDecimal(choose).multiply(bp.pow(k, CONTEXT), CONTEXT)
        .multiply(bq.pow(n - k, CONTEXT), CONTEXT).doubleValue();
  }

  @ParameterizedTest
  @CsvSource({"1, 0.3", "7, 0.5", "15, 0.01", "16, 0.99", "40, 0.2", "100, 0.9", "500, 0.37",
      "600, 0.05"})
  void pmfMatchesExactArithmeticToTheRoundingOfItsExponent(int n, double p) {
    // exp of an exponent whose terms of size up to |ln P| cancel: relative error ~1e-15 |ln P|.
    for (int k = 0; k <= n; k++) {
      double expected = exact(k, n, p);
      double actual = BinomialProbability.pmf(k, n, p);
      if (expected < 1e-300) {
        assertThat(actual).as("P(Bin(%d, %s) = %d)", n, p, k).isLessThan(1e-290);
      } else {
        double tolerance = 5e-15 * (1 + Math.abs(Math.log(expected)));
        assertThat(actual).as("P(Bin(%d, %s) = %d)", n, p, k)
            .isCloseTo(expected, within(tolerance * expected));
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"10000, 0.9", "100000, 0.5", "1000000, 0.001", "123456789, 0.25"})
  void pmfAgreesWithCommonsStatisticsForLargeN(int n, double p) {
    BinomialDistribution reference = BinomialDistribution.of(n, p);
    long mean = Math.round(n * p);
    long sd = Math.max(1, Math.round(Math.sqrt(n * p * (1 - p))));
    for (long k = Math.max(0, mean - 8 * sd); k <= Math.min(n, mean + 8 * sd); k += sd) {
      double expected = reference.probability((int) k);
      assertThat(BinomialProbability.pmf(k, n, p)).as("P(Bin(%d, %s) = %d)", n, p, k)
          .isCloseTo(expected, within(1e-12 * expected));
    }
  }

  @Test
  void pmfSumsToOne() {
    double sum = 0;
    for (int k = 0; k <= 5000; k++) {
      sum += BinomialProbability.pmf(k, 5000, 0.3);
    }
    assertThat(sum).isCloseTo(1, within(1e-13));
  }
}
