package org.recbench.lib.mnl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LinearMnlUcbTest {

  private static final int P = 3;
  private static final int ITEMS = 6;

  @Test
  void optimisticUtilityIsMeanPlusAlphaTimesDesignWidth() {
    SplittableRandom rng = new SplittableRandom(8);
    LinearMnlUcb ucb = new LinearMnlUcb(P, 1.0, 10);
    double[] features = randomFeatures(rng);
    int[] set = {1, 4};
    ucb.record(features, set, 2, 0);
    ucb.commit();
    GramMatrix reference = new GramMatrix(P, 1.0);
    reference.add(features, 1 * P);
    reference.add(features, 4 * P);
    double[] out = new double[ITEMS];
    ucb.optimisticUtilities(features, ITEMS, 0.7, out);
    for (int i = 0; i < ITEMS; i++) {
      double mean = 0.0;
      for (int a = 0; a < P; a++) {
        mean += features[i * P + a] * ucb.estimate(a);
      }
      assertThat(out[i]).isCloseTo(mean + 0.7 * reference.width(features, i * P),
          within(1e-12));
    }
  }

  @Test
  void committingInBatchesGivesTheSameEstimateAsCommittingEveryRound() {
    SplittableRandom rng = new SplittableRandom(9);
    LinearMnlUcb everyRound = new LinearMnlUcb(P, 1.0, 10);
    LinearMnlUcb batched = new LinearMnlUcb(P, 1.0, 10);
    int[] set = new int[3];
    for (int t = 1; t <= 40; t++) {
      double[] features = randomFeatures(rng);
      int size = RandomAssortment.draw(rng, ITEMS, 3, set);
      int chosen = rng.nextInt(size + 1) - 1;
      everyRound.record(features, set, size, chosen);
      everyRound.commit();
      batched.record(features, set, size, chosen);
      if (t % 8 == 0) {
        assertThat(batched.pending()).isEqualTo(8);
        batched.commit();
      }
    }
    assertThat(batched.gram().updates()).isEqualTo(everyRound.gram().updates());
    for (int a = 0; a < P; a++) {
      assertThat(batched.estimate(a)).isCloseTo(everyRound.estimate(a), within(1e-5));
    }
  }

  /**
   * Between exact Newton refreshes the refit reuses a lagged Hessian; after every commit the
   * estimate must still be the MLE, i.e. agree with a fresh exact fit to the data so far.
   */
  @Test
  void everyCommitLeavesTheExactMaximumLikelihoodEstimate() {
    SplittableRandom rng = new SplittableRandom(10);
    double[] theta = {0.8, -0.4, 0.3};
    LinearMnlUcb ucb = new LinearMnlUcb(P, 0.1, 10);
    int[] set = new int[3];
    double[] u = new double[ITEMS];
    for (int t = 1; t <= 60; t++) {
      double[] features = randomFeatures(rng);
      for (int i = 0; i < ITEMS; i++) {
        u[i] = features[i * P] * theta[0] + features[i * P + 1] * theta[1]
            + features[i * P + 2] * theta[2];
      }
      int size = RandomAssortment.draw(rng, ITEMS, 3, set);
      int choice = MnlChoice.sample(u, set, size, rng);
      int position = MnlChoice.NO_PURCHASE;
      for (int k = 0; k < size; k++) {
        if (set[k] == choice) {
          position = k;
        }
      }
      ucb.record(features, set, size, position);
      ucb.commit();
      double[] exact = new double[P];
      new MnlMle(P, 1e-16, 100).fit(ucb.log(), 0.1, exact);
      for (int a = 0; a < P; a++) {
        assertThat(ucb.estimate(a)).as("round %d", t).isCloseTo(exact[a], within(1e-4));
      }
    }
  }

  private static double[] randomFeatures(SplittableRandom rng) {
    double[] features = new double[ITEMS * P];
    for (int k = 0; k < features.length; k++) {
      features[k] = rng.nextGaussian();
    }
    return features;
  }
}
