package org.recbench.assortment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.recbench.assortment.elsa.Svd;

class LowRankGeneratorTest {

  private static double[] interactionSingularValues(LowRankInstance instance) {
    DMatrixRMaj full = instance.model().theta();
    DMatrixRMaj block = CommonOps_DDRM.extract(full, 1, full.numRows, 1, full.numCols);
    return Svd.of(block).values();
  }

  @Test
  void exactModeHasRSingularValuesSigmaAndNoMainEffects() {
    LowRankInstance instance = LowRankGenerator.paper(6, 5, 2, 30, 4, Misspecification.EXACT)
        .generate(new SplittableRandom(1));
    double[] s = interactionSingularValues(instance);
    assertThat(s[0]).isCloseTo(10.0, within(1e-9));
    assertThat(s[1]).isCloseTo(10.0, within(1e-9));
    for (int k = 2; k < s.length; k++) {
      assertThat(s[k]).isCloseTo(0.0, within(1e-9));
    }
    DMatrixRMaj theta = instance.model().theta();
    for (int a = 0; a < theta.numRows; a++) {
      assertThat(theta.get(a, 0)).isZero();
    }
    for (int b = 0; b < theta.numCols; b++) {
      assertThat(theta.get(0, b)).isZero();
    }
    assertThat(instance.rank()).isEqualTo(2);
  }

  @Test
  void approximateAndFullRankModesSetTheTailSingularValues() {
    double[] approx = interactionSingularValues(LowRankGenerator
        .paper(6, 5, 2, 30, 4, Misspecification.APPROX_LOW_RANK).generate(new SplittableRandom(2)));
    assertThat(approx).hasSize(5);
    assertThat(approx[1]).isCloseTo(10.0, within(1e-9));
    assertThat(approx[2]).isCloseTo(0.1, within(1e-9));
    assertThat(approx[4]).isCloseTo(0.1, within(1e-9));
    LowRankInstance full = LowRankGenerator.paper(6, 5, 2, 30, 4, Misspecification.FULL_RANK)
        .generate(new SplittableRandom(3));
    for (double value : interactionSingularValues(full)) {
      assertThat(value).isCloseTo(10.0, within(1e-9));
    }
    assertThat(full.rank()).isEqualTo(5);
  }

  @Test
  void mainEffectsModeIsRankTwoWithoutInteractions() {
    LowRankInstance instance = LowRankGenerator.paper(4, 3, 1, 10, 2,
        Misspecification.MAIN_EFFECTS).generate(new SplittableRandom(4));
    double[] s = Svd.of(instance.model().theta()).values();
    assertThat(s[0]).isCloseTo(10.0, within(1e-9));
    assertThat(s[1]).isCloseTo(10.0, within(1e-9));
    assertThat(s[2]).isCloseTo(0.0, within(1e-12));
    for (double value : interactionSingularValues(instance)) {
      assertThat(value).isZero();
    }
    assertThat(instance.model().theta().get(0, 0)).isZero();
    assertThat(instance.rank()).isEqualTo(2);
  }

  @Test
  void utilitiesAreTheBilinearFormWithIntercepts() {
    SplittableRandom rng = new SplittableRandom(5);
    DMatrixRMaj theta = new DMatrixRMaj(3, 4);
    for (int k = 0; k < theta.data.length; k++) {
      theta.data[k] = rng.nextGaussian();
    }
    double[] items = new double[5 * 3];
    for (int k = 0; k < items.length; k++) {
      items[k] = rng.nextGaussian();
    }
    BilinearMnl model = new BilinearMnl(theta, items, 5, new double[] {1, 2, 3, 4, 5});
    double[] x = {0.3, -1.1};
    double[] u = new double[5];
    model.utilities(x, u);
    for (int i = 0; i < 5; i++) {
      double[] xt = {1, x[0], x[1]};
      double[] yt = {1, items[3 * i], items[3 * i + 1], items[3 * i + 2]};
      double expected = 0.0;
      for (int a = 0; a < 3; a++) {
        for (int b = 0; b < 4; b++) {
          expected += xt[a] * theta.get(a, b) * yt[b];
        }
      }
      assertThat(u[i]).isCloseTo(expected, within(1e-12));
    }
  }

  @Test
  void randomOrthonormalMatricesAreOrthogonalAndUnbiased() {
    SplittableRandom rng = new SplittableRandom(6);
    int n = 4;
    double first = 0.0;
    double squared = 0.0;
    int draws = 4000;
    for (int d = 0; d < draws; d++) {
      DMatrixRMaj q = RandomOrthonormal.draw(n, rng);
      if (d == 0) {
        DMatrixRMaj gram = new DMatrixRMaj(n, n);
        CommonOps_DDRM.multTransA(q, q, gram);
        for (int a = 0; a < n; a++) {
          for (int b = 0; b < n; b++) {
            assertThat(gram.get(a, b)).isCloseTo(a == b ? 1.0 : 0.0, within(1e-12));
          }
        }
      }
      first += q.get(0, 0);
      squared += q.get(0, 0) * q.get(0, 0);
    }
    // Haar: E[Q00] = 0 and E[Q00²] = 1/n; sd of the mean ≈ √(1/4/4000) ≈ 0.008
    assertThat(first / draws).isCloseTo(0.0, within(0.035));
    assertThat(squared / draws).isCloseTo(1.0 / n, within(0.02));
  }

  @Test
  void revenueRulesGiveOnesDrawsOrTheExplicitValues() {
    SplittableRandom rng = new SplittableRandom(7);
    assertThat(new RevenueRule.Unit().revenues(3, rng)).containsExactly(1, 1, 1);
    for (double r : new RevenueRule.Uniform(0.5, 2.0).revenues(200, rng)) {
      assertThat(r).isBetween(0.5, 2.0);
    }
    assertThat(new RevenueRule.Explicit(new double[] {2, 3}).revenues(2, rng))
        .containsExactly(2, 3);
    assertThatThrownBy(() -> new RevenueRule.Explicit(new double[] {2, 3}).revenues(3, rng))
        .hasMessageContaining("2 values for 3 items");
    assertThatThrownBy(() -> new RevenueRule.Explicit(new double[] {1, -1}))
        .hasMessageContaining("revenue 1");
  }

  @Test
  void badSizesAreRejectedByName() {
    assertThatThrownBy(() -> LowRankGenerator.paper(3, 2, 3, 10, 2, Misspecification.EXACT))
        .hasMessageContaining("rank must be in 1..min(d1, d2) = 2");
    assertThatThrownBy(() -> Misspecification.fromId("low"))
        .hasMessageContaining("unknown misspecification 'low'");
    assertThat(Misspecification.fromId("approx-low-rank"))
        .isEqualTo(Misspecification.APPROX_LOW_RANK);
  }
}
