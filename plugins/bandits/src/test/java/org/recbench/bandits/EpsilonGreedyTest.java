package org.recbench.bandits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recbench.bandits.Policies.choiceCounts;
import static org.recbench.bandits.Policies.rng;
import static org.recbench.bandits.Policies.trained;

import org.junit.jupiter.api.Test;

class EpsilonGreedyTest {

  private static final int STEPS = 40_000;

  /** Choice counts over {@link #STEPS} acts after arm k paid {@code rewards[k]}. */
  private static long[] counts(double epsilon, double[]... rewards) {
    EpsilonGreedy policy = trained(new EpsilonGreedy(epsilon, rng(1)), rewards);
    return choiceCounts(policy, rewards.length, STEPS);
  }

  @Test
  void zeroEpsilonPullsTheArmWithTheBestSampleAverage() {
    assertThat(counts(0, new double[] {1, 0}, new double[] {1, 1, 0}, new double[] {0.6}))
        .containsExactly(0, STEPS, 0);
  }

  @Test
  void zeroEpsilonBreaksTiesUniformly() {
    long[] counts = counts(0, new double[] {1}, new double[] {0}, new double[] {0.5, 1.5});
    assertThat(counts[1]).isZero();
    Sampling.assertBinomial(counts[0], STEPS, 0.5);
  }

  @Test
  void unpulledArmsCountAsZero() {
    assertThat(counts(0, new double[] {-0.5}, new double[] {}, new double[] {-0.1}))
        .containsExactly(0, STEPS, 0);
  }

  @Test
  void epsilonOneIsUniformWhateverTheEstimates() {
    long[] counts = counts(1, new double[] {1, 1, 1}, new double[] {0}, new double[] {0},
        new double[] {0});
    for (long count : counts) {
      Sampling.assertBinomial(count, STEPS, 0.25);
    }
  }

  @Test
  void exploringStepsPickAnyArmIncludingTheGreedyOne() {
    long[] counts = counts(0.3, new double[] {1}, new double[] {0}, new double[] {0},
        new double[] {0});
    Sampling.assertBinomial(counts[0], STEPS, 0.7 + 0.3 / 4);
    for (int k = 1; k < 4; k++) {
      Sampling.assertBinomial(counts[k], STEPS, 0.3 / 4);
    }
  }
}
