package org.recbench.bandits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recbench.bandits.BanditHarness.rng;

import org.junit.jupiter.api.Test;
import org.recbench.api.bandit.Arm;
import org.recbench.api.bandit.BanditObservation;

class EpsilonGreedyTest {

  private static final int STEPS = 40_000;

  /** A policy that has seen arm k pay {@code rewards[k]}, in order. */
  private static EpsilonGreedy trained(double epsilon, double[][] rewards) {
    EpsilonGreedy policy = new EpsilonGreedy(epsilon, rng(1));
    BanditObservation observation = new BanditObservation(rewards.length);
    policy.act(observation);
    for (int k = 0; k < rewards.length; k++) {
      for (double reward : rewards[k]) {
        policy.learn(observation, Arm.of(k), reward);
      }
    }
    return policy;
  }

  private static long[] counts(EpsilonGreedy policy, int arms) {
    BanditObservation observation = new BanditObservation(arms);
    long[] counts = new long[arms];
    for (int t = 0; t < STEPS; t++) {
      counts[policy.act(observation).index()]++;
    }
    return counts;
  }

  @Test
  void zeroEpsilonPullsTheArmWithTheBestSampleAverage() {
    EpsilonGreedy policy = trained(0, new double[][] {{1, 0}, {1, 1, 0}, {0.6}});
    assertThat(counts(policy, 3)).containsExactly(0, STEPS, 0);
  }

  @Test
  void zeroEpsilonBreaksTiesUniformly() {
    EpsilonGreedy policy = trained(0, new double[][] {{1}, {0}, {0.5, 1.5}});
    long[] counts = counts(policy, 3);
    assertThat(counts[1]).isZero();
    Sampling.assertBinomial(counts[0], STEPS, 0.5);
  }

  @Test
  void unpulledArmsCountAsZero() {
    EpsilonGreedy policy = trained(0, new double[][] {{-0.5}, {}, {-0.1}});
    assertThat(counts(policy, 3)).containsExactly(0, STEPS, 0);
  }

  @Test
  void epsilonOneIsUniformWhateverTheEstimates() {
    EpsilonGreedy policy = trained(1, new double[][] {{1, 1, 1}, {0}, {0}, {0}});
    for (long count : counts(policy, 4)) {
      Sampling.assertBinomial(count, STEPS, 0.25);
    }
  }

  @Test
  void exploringStepsPickAnyArmIncludingTheGreedyOne() {
    EpsilonGreedy policy = trained(0.3, new double[][] {{1}, {0}, {0}, {0}});
    long[] counts = counts(policy, 4);
    Sampling.assertBinomial(counts[0], STEPS, 0.7 + 0.3 / 4);
    for (int k = 1; k < 4; k++) {
      Sampling.assertBinomial(counts[k], STEPS, 0.3 / 4);
    }
  }
}
