package org.recbench.lib.mnl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class MnlMleTest {

  private static final double[] THETA = {1.0, -0.5, 0.8};
  private static final int ITEMS = 10;
  private static final int SET = 3;

  /** n rounds: fresh N(0, I) item features per round, a random set of 3, an MNL choice. */
  private static ChoiceLog simulate(int rounds, double[] theta, SplittableRandom rng) {
    int p = theta.length;
    ChoiceLog log = new ChoiceLog(p, rounds);
    double[] features = new double[ITEMS * p];
    double[] u = new double[ITEMS];
    int[] set = new int[SET];
    for (int t = 0; t < rounds; t++) {
      for (int i = 0; i < ITEMS; i++) {
        double s = 0.0;
        for (int a = 0; a < p; a++) {
          features[i * p + a] = rng.nextGaussian();
          s += features[i * p + a] * theta[a];
        }
        u[i] = s;
      }
      int size = RandomAssortment.draw(rng, ITEMS, SET, set);
      int choice = MnlChoice.sample(u, set, size, rng);
      int position = MnlChoice.NO_PURCHASE;
      for (int k = 0; k < size; k++) {
        if (set[k] == choice) {
          position = k;
        }
      }
      log.add(features, set, size, position);
    }
    return log;
  }

  @Test
  void gradientAndHessianEqualFiniteDifferences() {
    SplittableRandom rng = new SplittableRandom(5);
    ChoiceLog log = simulate(50, THETA, rng);
    MnlLikelihood likelihood = new MnlLikelihood(3);
    double[] theta = {0.2, 0.1, -0.3};
    double[] gradient = new double[3];
    DMatrixRMaj hessian = new DMatrixRMaj(3, 3);
    likelihood.gradientAndHessian(log, theta, gradient, hessian);
    double h = 1e-5;
    double[] plus = new double[3];
    double[] minus = new double[3];
    double[] gradientPlus = new double[3];
    double[] gradientMinus = new double[3];
    for (int a = 0; a < 3; a++) {
      System.arraycopy(theta, 0, plus, 0, 3);
      System.arraycopy(theta, 0, minus, 0, 3);
      plus[a] += h;
      minus[a] -= h;
      double numeric = (likelihood.value(log, plus) - likelihood.value(log, minus)) / (2 * h);
      assertThat(gradient[a]).isCloseTo(numeric, within(1e-6));
      likelihood.gradient(log, plus, gradientPlus);
      likelihood.gradient(log, minus, gradientMinus);
      for (int b = 0; b < 3; b++) {
        assertThat(hessian.get(a, b)).isCloseTo((gradientPlus[b] - gradientMinus[b]) / (2 * h),
            within(1e-6));
      }
    }
  }

  /**
   * At the MLE, the Wald statistic (θ̂ − θ)ᵀ I(θ̂) (θ̂ − θ) is asymptotically χ²(3): over 300
   * simulated data sets its mean is near 3 and the 95% ellipsoid covers θ about 95% of the time.
   * This checks the estimate and the Fisher information together.
   */
  @Test
  void mleRecoversThetaWithChiSquaredWaldStatistic() {
    SplittableRandom rng = new SplittableRandom(2021);
    MnlMle mle = new MnlMle(3);
    DMatrixRMaj information = new DMatrixRMaj(3, 3);
    int replications = 300;
    double sum = 0.0;
    int covered = 0;
    for (int rep = 0; rep < replications; rep++) {
      ChoiceLog log = simulate(400, THETA, rng);
      double[] estimate = new double[3];
      mle.fit(log, 0.0, estimate);
      mle.likelihood().information(log, estimate, information);
      double wald = 0.0;
      for (int a = 0; a < 3; a++) {
        for (int b = 0; b < 3; b++) {
          wald += (estimate[a] - THETA[a]) * information.get(a, b) * (estimate[b] - THETA[b]);
        }
      }
      sum += wald;
      if (wald <= 7.815) {
        covered++;
      }
    }
    // mean of 300 χ²(3) draws: sd √(6/300) ≈ 0.14
    assertThat(sum / replications).isBetween(2.55, 3.6);
    assertThat((double) covered / replications).isBetween(0.91, 0.985);
  }

  @Test
  void mleErrorHalvesWhenTheDataQuadruples() {
    SplittableRandom rng = new SplittableRandom(99);
    MnlMle mle = new MnlMle(3);
    double small = 0.0;
    double large = 0.0;
    int replications = 40;
    for (int rep = 0; rep < replications; rep++) {
      small += error(mle, simulate(250, THETA, rng));
      large += error(mle, simulate(1000, THETA, rng));
    }
    double ratio = large / small;
    assertThat(ratio).isBetween(0.35, 0.65);
  }

  private static double error(MnlMle mle, ChoiceLog log) {
    double[] estimate = new double[3];
    mle.fit(log, 0.0, estimate);
    double s = 0.0;
    for (int a = 0; a < 3; a++) {
      s += (estimate[a] - THETA[a]) * (estimate[a] - THETA[a]);
    }
    return Math.sqrt(s);
  }

  @Test
  void ridgeEstimateIsAStationaryPointOfThePenalisedLikelihood() {
    ChoiceLog log = simulate(30, THETA, new SplittableRandom(1));
    MnlMle mle = new MnlMle(3, 1e-16, 100);
    double[] estimate = {5.0, 5.0, 5.0};
    mle.fit(log, 2.0, estimate);
    double[] gradient = new double[3];
    mle.likelihood().gradient(log, estimate, gradient);
    for (int a = 0; a < 3; a++) {
      assertThat(gradient[a] + 2.0 * estimate[a]).isCloseTo(0.0, within(1e-9));
    }
  }

  @Test
  void singularHessianWithoutRidgeIsReported() {
    ChoiceLog log = new ChoiceLog(3, 1);
    log.add(new double[] {1, 0, 0}, new int[] {0}, 1, 0);
    assertThatThrownBy(() -> new MnlMle(3).fit(log, 0.0, new double[3]))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("ridge");
  }
}
