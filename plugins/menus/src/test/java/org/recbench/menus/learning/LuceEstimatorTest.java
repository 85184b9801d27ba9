package org.recbench.menus.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.recbench.menus.agent.Menus;
import org.recbench.menus.preference.Choice;

class LuceEstimatorTest {

  @Test
  void estimateRecoversScoresFromSimulatedChoicesUpToScale() {
    SplittableRandom random = new SplittableRandom(31);
    double[] truth = {1.0, 0.3, 0.6, 0.25, 0.8, 0.45};
    int n = truth.length;
    int k = 3;
    int observations = 60_000;
    LuceEstimator estimator = new LuceEstimator(n, k, 0.2, observations);
    int[] permutation = Menus.identity(n);
    int[] menu = new int[k];
    for (int o = 0; o < observations; o++) {
      Menus.randomSubset(permutation, random, menu);
      estimator.record(menu, Choice.sample(truth, menu, random));
    }
    double[] prior = {1, 1, 1, 1, 1, 1};
    double[] estimate = new double[n];
    estimator.estimate(prior, estimate);
    for (int i = 0; i < n; i++) {
      assertThat(estimate[i]).as("item %s", i).isCloseTo(truth[i], within(0.03));
    }
  }

  @Test
  void withoutObservationsTheEstimateIsThePriorRescaledAndClamped() {
    LuceEstimator estimator = new LuceEstimator(3, 2, 0.3, 10);
    double[] estimate = new double[3];
    estimator.estimate(new double[] {0.5, 0.25, 0.1}, estimate);
    assertThat(estimate).containsExactly(new double[] {1.0, 0.5, 0.3}, within(1e-9));
  }

  @Test
  void capacityAndMenuSizeAreChecked() {
    LuceEstimator estimator = new LuceEstimator(3, 2, 0.3, 1);
    estimator.record(new int[] {0, 1}, 0);
    assertThatThrownBy(() -> estimator.record(new int[] {0, 1}, 1))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("at most 1");
    assertThatThrownBy(() -> new LuceEstimator(3, 1, 0.3, 1)).hasMessageContaining("k = 1");
  }
}
