package org.recbench.lib.mnl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MnlChoiceTest {

  @Test
  void probabilitiesMatchTheClosedFormAndSumToOneWithNoPurchase() {
    double[] u = {0.3, -1.2, 2.0, 0.0};
    int[] set = {0, 2, 3};
    double[] p = new double[3];
    double none = MnlChoice.probabilities(u, set, 3, p);
    double denominator = 1 + Math.exp(0.3) + Math.exp(2.0) + Math.exp(0.0);
    assertThat(p[0]).isCloseTo(Math.exp(0.3) / denominator, within(1e-15));
    assertThat(p[1]).isCloseTo(Math.exp(2.0) / denominator, within(1e-15));
    assertThat(p[2]).isCloseTo(1.0 / denominator, within(1e-15));
    assertThat(none).isCloseTo(1.0 / denominator, within(1e-15));
    assertThat(MnlChoice.logPartition(u, set, 3)).isCloseTo(Math.log(denominator),
        within(1e-14));
    double[] r = {2.0, 9.0, 0.5, 1.0};
    assertThat(MnlChoice.expectedRevenue(u, r, set, 3)).isCloseTo(
        (2.0 * Math.exp(0.3) + 0.5 * Math.exp(2.0) + 1.0) / denominator, within(1e-15));
  }

  @Test
  void hugeUtilitiesStayFinite() {
    double[] u = {1000.0, 999.0, -1000.0};
    int[] set = {0, 1, 2};
    double[] p = new double[3];
    double none = MnlChoice.probabilities(u, set, 3, p);
    double e = Math.exp(-1.0);
    assertThat(p[0]).isCloseTo(1.0 / (1.0 + e), within(1e-15));
    assertThat(p[1]).isCloseTo(e / (1.0 + e), within(1e-15));
    assertThat(none).isEqualTo(0.0);
    assertThat(MnlChoice.logPartition(u, set, 3)).isCloseTo(1000.0 + Math.log1p(e),
        within(1e-12));
    assertThat(MnlChoice.expectedRevenue(u, new double[] {1, 1, 1}, set, 3))
        .isCloseTo(1.0, within(1e-15));
    double[] low = {-800.0};
    assertThat(MnlChoice.logPartition(low, new int[] {0}, 1)).isCloseTo(0.0, within(1e-300));
  }

  @Test
  void sampledChoiceFrequenciesMatchProbabilities() {
    double[] u = {0.5, -0.5, 1.0};
    int[] set = {0, 1, 2};
    double[] p = new double[3];
    double none = MnlChoice.probabilities(u, set, 3, p);
    double[] expected = {none, p[0], p[1], p[2]};
    SplittableRandom rng = new SplittableRandom(11);
    int draws = 40_000;
    int[] counts = new int[4];
    for (int d = 0; d < draws; d++) {
      counts[MnlChoice.sample(u, set, 3, rng) + 1]++;
    }
    double chiSquare = 0.0;
    for (int c = 0; c < 4; c++) {
      double e = draws * expected[c];
      chiSquare += (counts[c] - e) * (counts[c] - e) / e;
    }
    // 99.9% quantile of chi-square with 3 degrees of freedom
    assertThat(chiSquare).isLessThan(16.27);
  }
}
