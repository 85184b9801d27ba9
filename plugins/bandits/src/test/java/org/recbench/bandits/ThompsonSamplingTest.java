package org.recbench.bandits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.recbench.bandits.Policies.choiceCounts;
import static org.recbench.bandits.Policies.rng;
import static org.recbench.bandits.Policies.trained;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recbench.api.Capabilities;
import org.recbench.api.ConfigurationException;
import org.recbench.api.Params;
import org.recbench.protocol.bandit.Arm;
import org.recbench.protocol.bandit.BanditObservation;
import org.recbench.protocol.bandit.BanditProtocol;
import org.recbench.protocol.bandit.Reward;
import org.recbench.protocol.bandit.RewardRange;

class ThompsonSamplingTest {

  private static ThompsonSampling thompson(RewardRange range, double[]... rewards) {
    return trained(new ThompsonSampling(range, rng(1), TailShortcuts.LEADER_BAND), rewards);
  }

  @Test
  void bernoulliRewardsUpdateTheBetaPosteriorExactly() {
    ThompsonSampling policy = thompson(RewardRange.UNIT, new double[] {1, 1, 0}, new double[0]);
    assertThat(policy.alpha(0)).isEqualTo(3);
    assertThat(policy.beta(0)).isEqualTo(2);
    assertThat(policy.alpha(1)).isEqualTo(1);
    assertThat(policy.beta(1)).isEqualTo(1);
  }

  @Test
  void choosesEachArmWithItsPosteriorProbabilityOfBeingBest() {
    // Beta(2, 1) against Beta(1, 2): P(X > Y) = ∫ 2x (2x − x²) dx over [0, 1] = 5/6.
    ThompsonSampling policy = thompson(RewardRange.UNIT, new double[] {1}, new double[] {0});
    int steps = 30_000;
    Sampling.assertBinomial(choiceCounts(policy, 2, steps)[0], steps, 5.0 / 6);
  }

  /**
   * P(arm k is the argmax) = ∫ f_k(x) Π_{j≠k} F_j(x) dx for independent θ_j ~ Beta(α_j, β_j),
   * by Simpson's rule on a grid fine enough for the narrowest posterior.
   */
  private static double[] argmaxProbabilities(int[][] shapes) {
    int intervals = 40_000;
    BetaDistribution[] laws = new BetaDistribution[shapes.length];
    for (int k = 0; k < shapes.length; k++) {
      laws[k] = BetaDistribution.of(shapes[k][0], shapes[k][1]);
    }
    double[] probabilities = new double[shapes.length];
    for (int i = 0; i <= intervals; i++) {
      double x = (double) i / intervals;
      double weight = (i == 0 || i == intervals ? 1 : i % 2 == 1 ? 4 : 2) / (3.0 * intervals);
      for (int k = 0; k < shapes.length; k++) {
        double integrand = laws[k].density(x);
        for (int j = 0; j < shapes.length; j++) {
          if (j != k) {
            integrand *= laws[j].cumulativeProbability(x);
          }
        }
        probabilities[k] += weight * integrand;
      }
    }
    return probabilities;
  }

  /**
   * Successes and failures of each arm ("s f; s f; …"), the band z of the thresholds
   * q = μ_L − zσ_L, and which arms take the shortcut (a coin, then a draw from the tail only when
   * it lands heads). The law of a decision must not depend on z. With z = 3, arm 1 is close
   * enough to the leader Beta(181, 21) to be drawn in full and arms 2 and 3 are far behind. With
   * z = 0 every arm takes the shortcut and the leader's draw falls below q (where an arm must be
   * drawn in full) in half of the decisions. A broad leader Beta(30, 1) falls below q in 1.8%.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"180 20; 15 3; 5 2; 1 5 | 3 | false true true",
      "180 20; 15 3; 5 2; 1 5 | 0 | true true true", "29 0; 4 2; 0 3 | 3 | true true"})
  void choosesEachArmWithItsExactProbabilityOfBeingBestWhenShortcutsApply(String arms,
      double band, String shortcutsOfOthers) {
    int[][] successesFailures = Arrays.stream(arms.split(";"))
        .map(arm -> Arrays.stream(arm.trim().split(" ")).mapToInt(Integer::parseInt).toArray())
        .toArray(int[][]::new);
    double[][] rewards = new double[successesFailures.length][];
    int[][] shapes = new int[successesFailures.length][];
    for (int k = 0; k < rewards.length; k++) {
      int s = successesFailures[k][0];
      int f = successesFailures[k][1];
      rewards[k] = new double[s + f];
      Arrays.fill(rewards[k], 0, s, 1);
      shapes[k] = new int[] {s + 1, f + 1};
    }
    ThompsonSampling policy = trained(new ThompsonSampling(RewardRange.UNIT, rng(2), band),
        rewards);
    int steps = 400_000;
    long[] counts = choiceCounts(policy, rewards.length, steps);
    String[] shortcut = shortcutsOfOthers.split(" ");
    assertThat(policy.hasShortcut(0)).isFalse();
    for (int k = 1; k < rewards.length; k++) {
      assertThat(policy.hasShortcut(k)).as("arm %d has a shortcut", k)
          .isEqualTo(Boolean.parseBoolean(shortcut[k - 1]));
    }
    double[] expected = argmaxProbabilities(shapes);
    assertThat(Arrays.stream(expected).sum()).isCloseTo(1, within(1e-9));
    for (int k = 0; k < rewards.length; k++) {
      Sampling.assertBinomial(counts[k], steps, expected[k]);
    }
  }

  @Test
  void theLeaderIsTheArmOfLargestPosteriorMeanLowestIndexAmongEquals() {
    ThompsonSampling policy = thompson(RewardRange.UNIT, new double[0], new double[0],
        new double[0], new double[0]);
    RandomGenerator history = rng(5);
    BanditObservation observation = new BanditObservation(4);
    Reward reward = new Reward();
    for (int t = 0; t < 2000; t++) {
      int arm = history.nextInt(4);
      policy.learn(observation, Arm.of(arm), reward.set(history.nextInt(3) == 0 ? 1 : 0));
      int expected = 0;
      for (int k = 1; k < 4; k++) {
        if (policy.alpha(k) / (policy.alpha(k) + policy.beta(k))
            > policy.alpha(expected) / (policy.alpha(expected) + policy.beta(expected))) {
          expected = k;
        }
      }
      assertThat(policy.leader()).as("leader after %d pulls", t + 1).isEqualTo(expected);
    }
  }

  @Test
  void fractionalRewardsCountAsSuccessesWithTheirProbability() {
    int pulls = 20_000;
    double[] rewards = new double[pulls];
    Arrays.fill(rewards, 0.3);
    ThompsonSampling policy = thompson(RewardRange.UNIT, rewards, new double[0]);
    Sampling.assertBinomial((long) policy.alpha(0) - 1, pulls, 0.3);
    assertThat(policy.alpha(0) + policy.beta(0)).isEqualTo(pulls + 2);
  }

  @Test
  void rewardsAreMappedOntoTheUnitIntervalByTheEnvironmentsRange() {
    ThompsonSampling policy = thompson(new RewardRange(-1, 3), new double[] {3}, new double[] {-1});
    assertThat(policy.alpha(0)).isEqualTo(2);
    assertThat(policy.beta(1)).isEqualTo(2);
  }

  @Test
  void aRewardOutsideTheRangeIsAnError() {
    ThompsonSampling policy = thompson(RewardRange.UNIT, new double[0], new double[0]);
    assertThatThrownBy(() -> policy.learn(new BanditObservation(2), Arm.of(0), new Reward(1.5)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("reward 1.5 lies outside the environment's reward range [0.0, 1.0]");
  }

  @Test
  void requiresTheRewardRange() {
    assertThat(ThompsonSampling.TYPE.descriptor().requires())
        .containsExactly(BanditProtocol.REWARD_RANGE);
    assertThatThrownBy(() -> ThompsonSampling.TYPE.factory()
        .create(Params.empty(), rng(1), Capabilities.NONE))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("reward-range");
  }

  @Test
  void isNotPairedWithABanditWithoutARewardRange() {
    assertThatThrownBy(() -> Bandits.trial("bandit.gaussian", "bandit.thompson").plan())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("every environment-policy pair is skipped")
        .hasMessageContaining("reward-range");
  }
}
