package org.recbench.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class SignedRankTestTest {

  /**
   * Hollander and Wolfe, <i>Nonparametric Statistical Methods</i> (1973), p. 29: Hamilton
   * depression scale factor IV before (x) and after (y) tranquilizer for nine patients, the
   * example of R's {@code wilcox.test}, which reports V = 40 and a one-sided ("greater") exact
   * p-value of 0.01953 = 10/512. The two-sided p-value is twice that: 20/512 = 0.0390625.
   */
  @Test
  void depressionExampleOfHollanderAndWolfeGivesPublishedStatisticAndPValue() {
    double[] x = {1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30};
    double[] y = {0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29};

    SignedRankTest.Result result = SignedRankTest.test(x, y);

    assertThat(result.wPlus()).isEqualTo(40);
    assertThat(result.pValue()).isCloseTo(20.0 / 512, within(1e-12));
  }

  /**
   * Darwin's Zea mays height differences (crossed minus self-fertilised, eighths of an inch), from
   * Fisher's <i>The Design of Experiments</i> via the SciPy {@code wilcoxon} documentation, which
   * reports statistic min(W+, W-) = 24 and exact two-sided p = 0.041259765625.
   */
  @Test
  void darwinZeaMaysExampleGivesPublishedStatisticAndPValue() {
    double[] d = {6, 8, 14, 16, 23, 24, 28, 29, 41, -48, 49, 56, 60, -67, 75};

    SignedRankTest.Result result = SignedRankTest.test(d, new double[d.length]);

    assertThat(15 * 16 / 2 - result.wPlus()).isEqualTo(24);
    assertThat(result.pValue()).isCloseTo(0.041259765625, within(1e-12));
  }

  @Test
  void identicalSamplesHavePValueOne() {
    double[] x = {3, 1, 4, 1, 5};

    assertThat(SignedRankTest.test(x, x.clone()).pValue()).isEqualTo(1.0);
  }

  @Test
  void swappingTheSamplesKeepsThePValueAndMirrorsTheStatistic() {
    double[] x = {2.1, 3.3, 1.7, 4.2, 2.9, 3.8};
    double[] y = {1.9, 3.0, 2.2, 3.1, 2.0, 3.9};

    SignedRankTest.Result forward = SignedRankTest.test(x, y);
    SignedRankTest.Result backward = SignedRankTest.test(y, x);

    assertThat(backward.pValue()).isEqualTo(forward.pValue());
    assertThat(forward.wPlus() + backward.wPlus()).isEqualTo(6 * 7 / 2.0);
  }

  /**
   * With a zero and a tie, differences {1, 1, 2, -3, 0}: the zero is dropped, leaving n = 4 with
   * |d| ranks 1.5, 1.5, 3, 4 and W+ = 6. The tie forces the normal approximation: E = 4·5/4 = 5,
   * Var = 4·5·9/24 − (2³ − 2)/48 = 7.375, and with the continuity correction
   * z = (6 − 5 − 0.5)/√7.375.
   */
  @Test
  void zerosAreDroppedAndTiesUseTheCorrectedNormalApproximation() {
    double[] d = {1, 1, 2, -3, 0};

    SignedRankTest.Result result = SignedRankTest.test(d, new double[d.length]);

    double z = 0.5 / Math.sqrt(7.375);
    assertThat(result.wPlus()).isEqualTo(6);
    assertThat(result.pValue())
        .isCloseTo(2 * NormalDistribution.of(0, 1).survivalProbability(z), within(1e-12));
  }

  /**
   * Two policies that end identically on 19 of 20 seeds: one non-zero difference is no evidence,
   * and its exact two-sided p-value is 1 (W+ is 0 or 1 with probability 1/2 each).
   */
  @Test
  void oneNonZeroDifferenceAmongZerosHasPValueOne() {
    double[] x = new double[20];
    double[] y = new double[20];
    x[3] = 0.176;

    SignedRankTest.Result result = SignedRankTest.test(x, y);

    assertThat(result.wPlus()).isEqualTo(1);
    assertThat(result.pValue()).isEqualTo(1.0);
  }
}
