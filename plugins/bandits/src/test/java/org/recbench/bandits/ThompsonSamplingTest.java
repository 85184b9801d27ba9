package org.recbench.bandits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recbench.bandits.BanditHarness.params;
import static org.recbench.bandits.BanditHarness.rng;

import org.junit.jupiter.api.Test;
import org.recbench.api.Capabilities;
import org.recbench.api.ConfigurationException;
import org.recbench.api.bandit.Arm;
import org.recbench.api.bandit.BanditObservation;
import org.recbench.api.bandit.BanditProtocol;
import org.recbench.api.bandit.RewardRange;

class ThompsonSamplingTest {

  private static final BanditObservation TWO_ARMS = new BanditObservation(2);

  private static ThompsonSampling policy(RewardRange range) {
    ThompsonSampling policy = new ThompsonSampling(range, rng(1));
    policy.act(TWO_ARMS);
    return policy;
  }

  @Test
  void bernoulliRewardsUpdateTheBetaPosteriorExactly() {
    ThompsonSampling policy = policy(RewardRange.UNIT);
    for (double reward : new double[] {1, 1, 0}) {
      policy.learn(TWO_ARMS, Arm.of(0), reward);
    }
    assertThat(policy.alpha(0)).isEqualTo(3);
    assertThat(policy.beta(0)).isEqualTo(2);
    assertThat(policy.alpha(1)).isEqualTo(1);
    assertThat(policy.beta(1)).isEqualTo(1);
  }

  @Test
  void choosesEachArmWithItsPosteriorProbabilityOfBeingBest() {
    // Beta(2, 1) against Beta(1, 2): P(X > Y) = ∫ 2x (2x − x²) dx over [0, 1] = 5/6.
    ThompsonSampling policy = policy(RewardRange.UNIT);
    policy.learn(TWO_ARMS, Arm.of(0), 1.0);
    policy.learn(TWO_ARMS, Arm.of(1), 0.0);
    int steps = 30_000;
    long first = 0;
    for (int t = 0; t < steps; t++) {
      first += policy.act(TWO_ARMS).index() == 0 ? 1 : 0;
    }
    Sampling.assertBinomial(first, steps, 5.0 / 6);
  }

  @Test
  void fractionalRewardsCountAsSuccessesWithTheirProbability() {
    ThompsonSampling policy = policy(RewardRange.UNIT);
    int pulls = 20_000;
    for (int i = 0; i < pulls; i++) {
      policy.learn(TWO_ARMS, Arm.of(0), 0.3);
    }
    Sampling.assertBinomial((long) policy.alpha(0) - 1, pulls, 0.3);
    assertThat(policy.alpha(0) + policy.beta(0)).isEqualTo(pulls + 2);
  }

  @Test
  void rewardsAreMappedOntoTheUnitIntervalByTheEnvironmentsRange() {
    ThompsonSampling policy = policy(new RewardRange(-1, 3));
    policy.learn(TWO_ARMS, Arm.of(0), 3.0);
    policy.learn(TWO_ARMS, Arm.of(1), -1.0);
    assertThat(policy.alpha(0)).isEqualTo(2);
    assertThat(policy.beta(1)).isEqualTo(2);
  }

  @Test
  void aRewardOutsideTheRangeIsAnError() {
    ThompsonSampling policy = policy(RewardRange.UNIT);
    assertThatThrownBy(() -> policy.learn(TWO_ARMS, Arm.of(0), 1.5))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("reward 1.5 lies outside the environment's reward range [0.0, 1.0]");
  }

  @Test
  void requiresTheRewardRange() {
    assertThat(ThompsonSampling.TYPE.descriptor().requires())
        .containsExactly(BanditProtocol.REWARD_RANGE);
    assertThatThrownBy(() -> ThompsonSampling.TYPE.factory()
        .create(params(ThompsonSampling.TYPE.descriptor()), rng(1), Capabilities.NONE))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("reward-range");
  }
}
