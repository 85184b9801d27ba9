package org.recbench.ucbmnl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.recbench.lib.mnl.MnlChoice;
import org.recbench.protocol.assortment.AssortmentObservation;
import org.recbench.testkit.PluginTestKit;
import org.recbench.testkit.TrialOutcome;

class UcbMnlTest {

  private static final int D1 = 2;
  private static final int D2 = 2;
  private static final int ITEMS = 10;
  private static final int K = 3;

  @Test
  void stackedFeaturesAreInterceptContextThenItem() {
    double[] out = new double[6];
    JointFeatures.STACKED.map(new double[] {2, 3}, 2, new double[] {9, 9, 5, 7, 9}, 2, 3, out,
        0);
    assertThat(out).containsExactly(1, 2, 3, 5, 7, 9);
    assertThat(JointFeatures.STACKED.dimension(2, 3)).isEqualTo(6);
  }

  @Test
  void vectorizedFeaturesTurnThetaIntoTheBilinearFormWithIntercepts() {
    SplittableRandom rng = new SplittableRandom(1);
    double[] x = {rng.nextGaussian(), rng.nextGaussian()};
    double[] y = {rng.nextGaussian(), rng.nextGaussian(), rng.nextGaussian()};
    double[][] theta = new double[3][4];
    double[] flat = new double[12];
    for (int a = 0; a < 3; a++) {
      for (int b = 0; b < 4; b++) {
        theta[a][b] = rng.nextGaussian();
        flat[a * 4 + b] = theta[a][b];
      }
    }
    double[] z = new double[12];
    JointFeatures.VECTORIZED.map(x, 2, y, 0, 3, z, 0);
    double[] xt = {1, x[0], x[1]};
    double[] yt = {1, y[0], y[1], y[2]};
    double bilinear = 0.0;
    double linear = 0.0;
    for (int a = 0; a < 3; a++) {
      for (int b = 0; b < 4; b++) {
        bilinear += xt[a] * theta[a][b] * yt[b];
        linear += z[a * 4 + b] * flat[a * 4 + b];
      }
    }
    assertThat(linear).isCloseTo(bilinear, within(1e-12));
    assertThat(JointFeatures.VECTORIZED.dimension(2, 3)).isEqualTo(12);
  }

  @Test
  void explorationRoundsOfferDistinctRandomSetsOfSizeK() {
    SplittableRandom rng = new SplittableRandom(2);
    Model model = Model.random(rng);
    UcbMnl ucb = new UcbMnl(JointFeatures.VECTORIZED, D1, D2, ITEMS,
        new UcbMnl.Settings(30, 0.5, 1.0));
    Set<Set<Integer>> seen = new HashSet<>();
    int[] out = new int[K];
    double[] x = new double[D1];
    for (int t = 0; t < 30; t++) {
      model.context(rng, x);
      int size = ucb.choose(model.observation(x), rng, out);
      assertThat(size).isEqualTo(K);
      Set<Integer> set = new HashSet<>();
      for (int k = 0; k < size; k++) {
        set.add(out[k]);
      }
      assertThat(set).hasSize(K);
      seen.add(set);
      assertThat(ucb.lastRadius()).isNaN();
      ucb.update(out, size, MnlChoice.NO_PURCHASE);
    }
    assertThat(seen.size()).isGreaterThan(20);
  }

  /**
   * Through the harness, on a model Vectorized UCB-MNL specifies exactly (test.linear-mnl): its
   * mean regret per round over rounds 401..600 is below a quarter of the first 100 rounds'
   * (random exploration), over 8 seeds with two standard errors of margin.
   */
  @Test
  void vectorizedUcbMnlRegretPerRoundFallsOnAWellSpecifiedModel() {
    List<TrialOutcome> runs = PluginTestKit.of(new UcbMnlPlugin(), new LinearMnlWorld.TestPlugin())
        .trial("test.linear-mnl", "ucbmnl.vectorized")
        .policyParams(Map.of("exploration", 100, "ridge", 1.0)).metric("regret")
        .horizon(600).checkpoints(100, 400).seeds(8).run();
    double[] early = new double[runs.size()];
    double[] late = new double[runs.size()];
    for (int s = 0; s < runs.size(); s++) {
      early[s] = runs.get(s).at(100, "regret") / 100;
      late[s] = (runs.get(s).last("regret") - runs.get(s).at(400, "regret")) / 200;
    }
    assertThat(mean(late, 0, late.length) + 2 * standardError(late))
        .isLessThan(0.25 * mean(early, 0, early.length));
  }

  /** The policy's Θ̂ is Vectorized's θ̂ row by row, Stacked's in the intercept row and column. */
  @Test
  void estimateMapsThetaOntoTheInterceptForm() {
    double[] theta = {1, 2, 3, 4, 5, 6};
    double[] stacked = new double[12];
    JointFeatures.STACKED.toTheta(theta, 2, 3, stacked);
    assertThat(stacked).containsExactly(1, 4, 5, 6, 2, 0, 0, 0, 3, 0, 0, 0);
    double[] flat = new double[12];
    for (int a = 0; a < 12; a++) {
      flat[a] = a;
    }
    double[] vectorized = new double[12];
    JointFeatures.VECTORIZED.toTheta(flat, 2, 3, vectorized);
    assertThat(vectorized).containsExactly(flat);
  }

  @Test
  void updateRejectsAnItemThatWasNotOffered() {
    SplittableRandom rng = new SplittableRandom(3);
    Model model = Model.random(rng);
    UcbMnl ucb = new UcbMnl(JointFeatures.STACKED, D1, D2, ITEMS,
        new UcbMnl.Settings(0, 0.5, 1.0));
    int[] out = new int[K];
    int size = ucb.choose(model.observation(new double[D1]), rng, out);
    int notOffered = 0;
    while (contains(out, size, notOffered)) {
      notOffered++;
    }
    int missing = notOffered;
    assertThatThrownBy(() -> ucb.update(out, size, missing)).hasMessageContaining("not offered");
    assertThatThrownBy(() -> ucb.choose(model.observation(new double[D1]), rng, out))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new UcbMnl.Settings(-1, 0.5, 1.0))
        .hasMessageContaining("explorationRounds");
  }

  private static boolean contains(int[] set, int size, int item) {
    for (int k = 0; k < size; k++) {
      if (set[k] == item) {
        return true;
      }
    }
    return false;
  }

  private static double mean(double[] values, int from, int to) {
    double s = 0.0;
    for (int i = from; i < to; i++) {
      s += values[i];
    }
    return s / (to - from);
  }

  private static double standardError(double[] values) {
    double m = mean(values, 0, values.length);
    double s = 0.0;
    for (double v : values) {
      s += (v - m) * (v - m);
    }
    return Math.sqrt(s / (values.length - 1) / values.length);
  }

  /** A linear-utility MNL model in the Vectorized features, with fixed items and revenues. */
  private static final class Model {
    final double[] theta;
    final double[] items = new double[ITEMS * D2];
    final double[] revenues = new double[ITEMS];

    private Model(double[] theta) {
      this.theta = theta;
    }

    static Model random(SplittableRandom rng) {
      double[] theta = new double[JointFeatures.VECTORIZED.dimension(D1, D2)];
      for (int a = 0; a < theta.length; a++) {
        theta[a] = rng.nextGaussian();
      }
      Model model = new Model(theta);
      for (int k = 0; k < model.items.length; k++) {
        model.items[k] = rng.nextGaussian();
      }
      for (int i = 0; i < ITEMS; i++) {
        model.revenues[i] = 0.5 + rng.nextDouble();
      }
      return model;
    }

    AssortmentObservation observation(double[] x) {
      return AssortmentObservation.of(x, items, revenues, K);
    }

    void context(SplittableRandom rng, double[] x) {
      for (int a = 0; a < D1; a++) {
        x[a] = rng.nextGaussian();
      }
    }
  }
}
