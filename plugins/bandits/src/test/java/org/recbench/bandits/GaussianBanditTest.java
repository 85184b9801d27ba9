package org.recbench.bandits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.recbench.bandits.Bandits.environment;
import static org.recbench.bandits.Bandits.environments;
import static org.recbench.bandits.Bandits.means;
import static org.recbench.bandits.Bandits.oracle;

import java.util.List;
import java.util.Map;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.recbench.api.Capabilities;
import org.recbench.api.ConfigurationException;
import org.recbench.api.Environment;
import org.recbench.api.Outcome;
import org.recbench.api.Params;
import org.recbench.protocol.bandit.Arm;
import org.recbench.protocol.bandit.BanditObservation;
import org.recbench.protocol.bandit.BanditProtocol;
import org.recbench.protocol.bandit.Reward;

class GaussianBanditTest {

  private static final String ID = "bandit.gaussian";

  @Test
  void rewardsHaveTheArmsMeanAndVarianceSigmaSquared() {
    double[] means = {-1, 0.5};
    double sigma = 2;
    Environment<BanditObservation, Arm, Reward> bandit =
        environment(ID, Map.of("arms", 2, "means", means, "sigma", sigma));
    for (int k = 0; k < means.length; k++) {
      double[] rewards = new double[50_000];
      for (int i = 0; i < rewards.length; i++) {
        rewards[i] = bandit.step(Arm.of(k)).reward();
      }
      double variance = sigma * sigma;
      Sampling.assertMean(rewards, means[k], variance);
      Sampling.assertVariance(rewards, variance, 3 * variance * variance);
    }
  }

  @Test
  void everyStepReusesOneOutcomeAndOneFeedbackAndRecordsTheExpectedRewards() {
    double[] means = {-1, 0.5, 0.25};
    Environment<BanditObservation, Arm, Reward> bandit =
        environment(ID, Map.of("arms", 3, "means", means));
    bandit.reset();
    Outcome<BanditObservation, Reward> first = bandit.step(Arm.of(0));
    Reward feedback = first.feedback();
    assertThat(first.expectedReward()).isEqualTo(-1);
    assertThat(first.bestExpectedReward()).isEqualTo(0.5);
    for (int k : new int[] {2, 1, 0}) {
      Outcome<BanditObservation, Reward> next = bandit.step(Arm.of(k));
      assertThat(next).isSameAs(first);
      assertThat(next.feedback()).isSameAs(feedback);
      assertThat(next.feedback().value()).isEqualTo(next.reward());
      assertThat(next.episodeOver()).isFalse();
      assertThat(next.expectedReward()).isEqualTo(means[k]);
      assertThat(next.bestExpectedReward()).isEqualTo(0.5);
    }
  }

  @Test
  void regretOfAFixedArmIsTheHorizonTimesItsGapWhateverTheNoise() {
    double[] means = {0.3, -2, 1.5};
    for (var run : Bandits.trial(ID, "test.fixed-arm")
        .environmentParams(Map.of("arms", 3, "means", means, "sigma", 5.0))
        .policyParam("arm", 1).metric("regret").horizon(500).seeds(3).run()) {
      assertThat(run.last("regret")).isCloseTo(500 * 3.5, within(1e-9));
    }
  }

  @Test
  void oracleGivesTheDeclaredMeansAndTheirMaximum() {
    double[] means = {0.3, -2, 1.5};
    Environment<BanditObservation, Arm, Reward> bandit =
        environment(ID, Map.of("arms", 3, "means", means));
    assertThat(means(bandit)).containsExactly(means);
    assertThat(oracle(bandit).bestExpectedReward(bandit.reset())).isEqualTo(1.5);
  }

  @Test
  void drawnMeansAreStandardNormal() {
    double[] pooled = new double[5000];
    List<Environment<BanditObservation, Arm, Reward>> bandits = environments(ID, 500, Map.of());
    for (int seed = 0; seed < 500; seed++) {
      System.arraycopy(means(bandits.get(seed)), 0, pooled, 10 * seed, 10);
    }
    Sampling.assertDistribution(pooled, NormalDistribution.of(0, 1)::cumulativeProbability);
  }

  @Test
  void zeroSigmaIsAValidationProblemAtTheParameter() {
    assertThatThrownBy(() -> Bandits.trial(ID, "bandit.uniform")
        .environmentParam("sigma", 0.0).plan())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("$.environments[0].params.sigma: ")
        .hasMessageContaining("expected a number > 0, found number 0.0");
  }

  @Test
  void meansOfTheWrongLengthAreAValidationProblemAtTheParameter() {
    assertThatThrownBy(() -> Bandits.trial(ID, "bandit.uniform")
        .environmentParams(Map.of("arms", 3, "means", new double[] {0, 1})).plan())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("$.environments[0].params.means: ")
        .hasMessageContaining("has 2 values but 'arms' is 3; expected one mean per arm");
  }

  @Test
  void meansOfTheWrongLengthAreRejectedByTheFactoryNamingTheParameter() {
    assertThatThrownBy(() -> create(Map.of("arms", 3L, "means", new double[] {0, 1},
        "sigma", 1.0)))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("bandit.gaussian: parameter 'means' has 2 values but 'arms' is 3;"
            + " expected one mean per arm");
  }

  @Test
  void unboundedRewardsHaveNoRewardRange() {
    assertThat(environment(ID, Map.of()).capability(BanditProtocol.REWARD_RANGE)).isEmpty();
  }

  /** The factory called directly, as an embedding program would, without validation. */
  private static Object create(Map<String, Object> params) {
    return GaussianBandit.TYPE.factory().create(Params.of(params), Policies.rng(1),
        Capabilities.NONE);
  }
}
