package org.recbench.bandits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recbench.bandits.BanditHarness.environment;
import static org.recbench.bandits.BanditHarness.means;
import static org.recbench.bandits.BanditHarness.oracle;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.recbench.api.ConfigurationException;
import org.recbench.api.Environment;
import org.recbench.protocol.bandit.Arm;
import org.recbench.protocol.bandit.BanditObservation;
import org.recbench.protocol.bandit.BanditProtocol;

class GaussianBanditTest {

  @Test
  void rewardsHaveTheArmsMeanAndVarianceSigmaSquared() {
    double[] means = {-1, 0.5};
    double sigma = 2;
    Environment<BanditObservation, Arm, Double> bandit =
        environment(GaussianBandit.TYPE, 1, "arms", 2, "means", means, "sigma", sigma);
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
  void oracleGivesTheDeclaredMeansAndTheirMaximum() {
    double[] means = {0.3, -2, 1.5};
    Environment<BanditObservation, Arm, Double> bandit =
        environment(GaussianBandit.TYPE, 2, "arms", 3, "means", means);
    assertThat(means(bandit)).containsExactly(means);
    assertThat(oracle(bandit).bestExpectedReward(bandit.reset())).isEqualTo(1.5);
  }

  @Test
  void drawnMeansAreStandardNormal() {
    double[] pooled = new double[5000];
    for (int seed = 0; seed < 500; seed++) {
      System.arraycopy(means(environment(GaussianBandit.TYPE, seed)), 0, pooled, 10 * seed, 10);
    }
    Sampling.assertDistribution(pooled, NormalDistribution.of(0, 1)::cumulativeProbability);
  }

  @Test
  void zeroSigmaIsRejectedNamingTheParameter() {
    assertThatThrownBy(() -> environment(GaussianBandit.TYPE, 1, "sigma", 0.0))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("bandit.gaussian: parameter 'sigma' is 0.0; expected a value > 0");
  }

  @Test
  void meansOfTheWrongLengthAreRejectedNamingTheParameter() {
    assertThatThrownBy(() -> environment(GaussianBandit.TYPE, 1, "arms", 3,
        "means", new double[] {0, 1}))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("bandit.gaussian: parameter 'means' has 2 values but 'arms' is 3;"
            + " expected one mean per arm");
  }

  @Test
  void unboundedRewardsHaveNoRewardRange() {
    assertThat(environment(GaussianBandit.TYPE, 1).capability(BanditProtocol.REWARD_RANGE))
        .isEmpty();
  }
}
