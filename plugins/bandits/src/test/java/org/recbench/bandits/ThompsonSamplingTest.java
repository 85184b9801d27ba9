package org.recbench.bandits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recbench.bandits.Policies.choiceCounts;
import static org.recbench.bandits.Policies.rng;
import static org.recbench.bandits.Policies.trained;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
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
    return trained(new ThompsonSampling(range, rng(1)), rewards);
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
