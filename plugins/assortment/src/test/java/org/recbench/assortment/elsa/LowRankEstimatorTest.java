package org.recbench.assortment.elsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.recbench.assortment.ExplorationData;
import org.recbench.assortment.model.LowRankGenerator;
import org.recbench.assortment.model.LowRankInstance;
import org.recbench.assortment.model.Misspecification;

class LowRankEstimatorTest {

  /**
   * Proposition 1: ‖Θ̂ − Θ‖_F² = O((d1 + d2)·r / T0), so quadrupling the exploration should
   * roughly halve the relative error. Over 4 instances per length (paper setting σ = 10,
   * d1 = d2 = 3 with intercepts, r = 1) the mean error falls at each step and by at least 3x
   * from T0 = 150 to T0 = 2400.
   */
  @Test
  void rankConstrainedMleErrorFallsAsExplorationGrows() {
    int[] lengths = {150, 600, 2400};
    int instances = 4;
    double[] mean = new double[lengths.length];
    for (int s = 0; s < instances; s++) {
      SplittableRandom rng = new SplittableRandom(40 + s);
      LowRankInstance instance = LowRankGenerator.paper(3, 3, 1, 15, 3, Misspecification.EXACT)
          .generate(rng);
      DMatrixRMaj truth = instance.model().theta();
      for (int k = 0; k < lengths.length; k++) {
        LowRankEstimator estimator = new LowRankEstimator(
            ExplorationData.simulate(instance, lengths[k], rng), 1.0,
            BurerMonteiro.Settings.defaults());
        mean[k] += ExplorationData.relativeError(estimator.fit(1).theta(), truth) / instances;
      }
    }
    assertThat(mean[1]).isLessThan(mean[0]);
    assertThat(mean[2]).isLessThan(mean[1]);
    assertThat(mean[2]).isLessThan(mean[0] / 3.0);
  }

  /**
   * The factored descent returns a rank-r matrix whose likelihood is no worse than that of its
   * starting point, the truncated SVD of the unconstrained MLE.
   */
  @Test
  void factoredDescentImprovesOnTheTruncatedUnconstrainedMle() {
    SplittableRandom rng = new SplittableRandom(50);
    LowRankInstance instance = LowRankGenerator.paper(4, 3, 2, 15, 3, Misspecification.EXACT)
        .generate(rng);
    LowRankEstimator estimator = new LowRankEstimator(
        ExplorationData.simulate(instance, 400, rng), 1.0, BurerMonteiro.Settings.defaults());
    DMatrixRMaj initial = estimator.unconstrained();
    Svd svd = Svd.of(initial);
    DMatrixRMaj truncated = new DMatrixRMaj(initial.numRows, initial.numCols);
    for (int a = 0; a < initial.numRows; a++) {
      for (int b = 0; b < initial.numCols; b++) {
        double s = 0.0;
        for (int k = 0; k < 2; k++) {
          s += svd.left().get(a, k) * svd.value(k) * svd.right().get(b, k);
        }
        truncated.set(a, b, s);
      }
    }
    BurerMonteiro.Fit fit = estimator.fit(2);
    assertThat(fit.converged()).isTrue();
    assertThat(fit.negLogLikelihood()).isLessThan(estimator.negLogLikelihood(truncated));
    assertThat(fit.negLogLikelihood()).isCloseTo(estimator.negLogLikelihood(fit.theta()),
        within(1e-9));
    double[] s = Svd.of(fit.theta()).values();
    assertThat(s[2]).isCloseTo(0.0, within(1e-9 * s[0]));
  }

  /**
   * With 800 exploration rounds and σ = 10 (d1 = d2 = 3 with intercepts), GIC (Eq. 4) picks
   * r = 2 among 1..4 on each of 3 instances.
   */
  @Test
  void gicPicksTheTrueRankOnAClearInstance() {
    for (int s = 0; s < 3; s++) {
      SplittableRandom rng = new SplittableRandom(60 + s);
      LowRankInstance instance = LowRankGenerator.paper(3, 3, 2, 15, 4, Misspecification.EXACT)
          .generate(rng);
      LowRankEstimator estimator = new LowRankEstimator(
          ExplorationData.simulate(instance, 800, rng), 0.01, BurerMonteiro.Settings.defaults());
      LowRankEstimator.Selection selection = estimator.selectRank(4, 1.0);
      assertThat(selection.rank()).as("instance %d, GIC %s", s,
          java.util.Arrays.toString(selection.criterion())).isEqualTo(2);
      assertThat(selection.criterion()[0]).isGreaterThan(selection.criterion()[1] + 100);
    }
  }

  @Test
  void gicPenaltyIsFanTangLogLogTimesLogDimension() {
    assertThat(LowRankEstimator.penalty(1000, 11, 11, 1.0))
        .isCloseTo(Math.log(Math.log(1000)) * Math.log(121), within(1e-12));
    assertThat(LowRankEstimator.penalty(1000, 11, 11, 2.0))
        .isCloseTo(2 * Math.log(Math.log(1000)) * Math.log(121), within(1e-12));
  }
}
