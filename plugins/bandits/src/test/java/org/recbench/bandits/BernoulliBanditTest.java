package org.recbench.bandits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.recbench.bandits.BanditHarness.environment;
import static org.recbench.bandits.BanditHarness.means;
import static org.recbench.bandits.BanditHarness.oracle;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.recbench.api.ConfigurationException;
import org.recbench.api.Descriptor;
import org.recbench.api.Environment;
import org.recbench.api.Oracle;
import org.recbench.protocol.bandit.Arm;
import org.recbench.protocol.bandit.BanditObservation;
import org.recbench.protocol.bandit.BanditProtocol;
import org.recbench.protocol.bandit.RewardRange;

class BernoulliBanditTest {

  private static final Descriptor DESCRIPTOR = BernoulliBandit.TYPE.descriptor();

  @Test
  void rewardFrequenciesMatchTheDeclaredMeans() {
    double[] means = {0.1, 0.5, 0.93};
    Environment<BanditObservation, Arm, Double> bandit =
        environment(BernoulliBandit.TYPE, 1, "arms", 3, "means", means);
    int pulls = 20_000;
    for (int k = 0; k < means.length; k++) {
      long ones = 0;
      for (int i = 0; i < pulls; i++) {
        double reward = bandit.step(Arm.of(k)).reward();
        assertThat(reward).isIn(0.0, 1.0);
        ones += (long) reward;
      }
      Sampling.assertBinomial(ones, pulls, means[k]);
    }
  }

  @Test
  void feedbackEqualsRewardAndEpisodesNeverEnd() {
    Environment<BanditObservation, Arm, Double> bandit = environment(BernoulliBandit.TYPE, 2);
    for (int i = 0; i < 100; i++) {
      var outcome = bandit.step(Arm.of(i % 10));
      assertThat(outcome.feedback()).isEqualTo(outcome.reward());
      assertThat(outcome.episodeOver()).isFalse();
      assertThat(outcome.next()).isEqualTo(new BanditObservation(10));
    }
  }

  @Test
  void oracleGivesTheDeclaredMeansAndTheirMaximum() {
    double[] means = {0.2, 0.7, 0.4};
    Environment<BanditObservation, Arm, Double> bandit =
        environment(BernoulliBandit.TYPE, 3, "arms", 3, "means", means);
    Oracle<BanditObservation, Arm> oracle = oracle(bandit);
    assertThat(means(bandit)).containsExactly(means);
    assertThat(oracle.bestExpectedReward(bandit.reset())).isEqualTo(0.7);
  }

  @Test
  void drawnMeansDependOnTheSeedOnly() {
    assertThat(means(environment(BernoulliBandit.TYPE, 7)))
        .containsExactly(means(environment(BernoulliBandit.TYPE, 7)))
        .isNotEqualTo(means(environment(BernoulliBandit.TYPE, 8)));
  }

  @Test
  void drawnMeansAreUniformOnTheUnitInterval() {
    double[] pooled = new double[5000];
    for (int seed = 0; seed < 500; seed++) {
      System.arraycopy(means(environment(BernoulliBandit.TYPE, seed)), 0, pooled, 10 * seed, 10);
    }
    Sampling.assertDistribution(pooled, x -> Math.min(1, Math.max(0, x)));
  }

  @Test
  void gapInstanceHasOneBestArmAndEveryOtherArmGapBelowIt() {
    double[] means = means(environment(BernoulliBandit.TYPE, 4, "gap", 0.2, "best-mean", 0.9));
    assertThat(Arrays.stream(means).filter(m -> m == 0.9).count()).isEqualTo(1);
    assertThat(Arrays.stream(means).filter(m -> Math.abs(m - 0.7) < 1e-12).count()).isEqualTo(9);
  }

  @Test
  void gapInstanceWithoutBestMeanIsCentredOnOneHalf() {
    double[] means = means(environment(BernoulliBandit.TYPE, 5, "arms", 2, "gap", 0.2));
    Arrays.sort(means);
    assertThat(means[1]).isCloseTo(0.6, within(1e-12));
    assertThat(means[0]).isCloseTo(0.4, within(1e-12));
  }

  @Test
  void bestArmOfAGapInstanceIsPlacedUniformly() {
    int arms = 4;
    int seeds = 2000;
    long[] best = new long[arms];
    for (long seed = 0; seed < seeds; seed++) {
      double[] means = means(environment(BernoulliBandit.TYPE, seed, "arms", arms, "gap", 0.1));
      for (int k = 0; k < arms; k++) {
        best[k] += means[k] == 0.55 ? 1 : 0;
      }
    }
    assertThat(Arrays.stream(best).sum()).isEqualTo(seeds);
    for (long count : best) {
      Sampling.assertBinomial(count, seeds, 1.0 / arms);
    }
  }

  @Test
  void meansOfTheWrongLengthAreRejectedNamingTheParameter() {
    assertThatThrownBy(() -> environment(BernoulliBandit.TYPE, 1, "means", new double[] {0.1, 0.2}))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("bandit.bernoulli: parameter 'means' has 2 values but 'arms' is 10;"
            + " expected one mean per arm");
  }

  @Test
  void meansCombinedWithGapAreRejected() {
    assertThatThrownBy(() -> environment(BernoulliBandit.TYPE, 1, "arms", 2,
        "means", new double[] {0.1, 0.2}, "gap", 0.1))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("'means' cannot be combined with 'gap'");
  }

  @Test
  void bestMeanWithoutGapIsRejected() {
    assertThatThrownBy(() -> environment(BernoulliBandit.TYPE, 1, "best-mean", 0.9))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("'best-mean' needs 'gap'");
  }

  @Test
  void bestMeanBelowTheGapIsRejected() {
    assertThatThrownBy(() -> environment(BernoulliBandit.TYPE, 1, "gap", 0.5, "best-mean", 0.3))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("'best-mean' 0.3 minus 'gap' 0.5 is a negative mean");
  }

  @Test
  void declaredRangesRejectImpossibleValues() {
    assertThat(DESCRIPTOR.parameter("arms").orElseThrow().check(1L)).hasValue(">= 2");
    assertThat(DESCRIPTOR.parameter("means").orElseThrow().check(new double[] {0.5, 1.2}))
        .hasValue("every element in [0, 1]");
    assertThat(DESCRIPTOR.parameter("gap").orElseThrow().check(1.5)).hasValue("in [0, 1]");
    assertThat(DESCRIPTOR.parameter("best-mean").orElseThrow().check(-0.1)).hasValue("in [0, 1]");
  }

  @Test
  void rewardsLieInTheUnitRange() {
    assertThat(environment(BernoulliBandit.TYPE, 1).capability(BanditProtocol.REWARD_RANGE))
        .contains(RewardRange.UNIT);
  }
}
