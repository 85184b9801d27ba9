package org.recbench.bandits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.recbench.bandits.Bandits.environment;
import static org.recbench.bandits.Bandits.environments;
import static org.recbench.bandits.Bandits.means;
import static org.recbench.bandits.Bandits.oracle;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recbench.api.Capabilities;
import org.recbench.api.ConfigurationException;
import org.recbench.api.Descriptor;
import org.recbench.api.Environment;
import org.recbench.api.Oracle;
import org.recbench.api.Outcome;
import org.recbench.api.Params;
import org.recbench.protocol.bandit.Arm;
import org.recbench.protocol.bandit.BanditObservation;
import org.recbench.protocol.bandit.BanditProtocol;
import org.recbench.protocol.bandit.Reward;
import org.recbench.protocol.bandit.RewardRange;
import org.recbench.testkit.TrialOutcome;

class BernoulliBanditTest {

  private static final String ID = "bandit.bernoulli";
  private static final Descriptor DESCRIPTOR = BernoulliBandit.TYPE.descriptor();

  @Test
  void rewardFrequenciesMatchTheDeclaredMeans() {
    double[] means = {0.1, 0.5, 0.93};
    Environment<BanditObservation, Arm, Reward> bandit =
        environment(ID, Map.of("arms", 3, "means", means));
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
    Environment<BanditObservation, Arm, Reward> bandit = environment(ID, Map.of());
    for (int i = 0; i < 100; i++) {
      var outcome = bandit.step(Arm.of(i % 10));
      assertThat(outcome.feedback().value()).isEqualTo(outcome.reward());
      assertThat(outcome.episodeOver()).isFalse();
      assertThat(outcome.next()).isEqualTo(new BanditObservation(10));
    }
  }

  @Test
  void everyStepReusesOneOutcomeAndOneFeedbackAndRecordsTheExpectedRewards() {
    double[] means = {0.2, 0.7, 0.4};
    Environment<BanditObservation, Arm, Reward> bandit =
        environment(ID, Map.of("arms", 3, "means", means));
    bandit.reset();
    Outcome<BanditObservation, Reward> first = bandit.step(Arm.of(0));
    Reward feedback = first.feedback();
    assertThat(first.expectedReward()).isEqualTo(0.2);
    assertThat(first.bestExpectedReward()).isEqualTo(0.7);
    for (int k : new int[] {2, 1, 0}) {
      Outcome<BanditObservation, Reward> next = bandit.step(Arm.of(k));
      assertThat(next).isSameAs(first);
      assertThat(next.feedback()).isSameAs(feedback);
      assertThat(next.feedback().value()).isEqualTo(next.reward());
      assertThat(next.expectedReward()).isEqualTo(means[k]);
      assertThat(next.bestExpectedReward()).isEqualTo(0.7);
    }
  }

  @Test
  void regretOfAFixedArmIsTheHorizonTimesItsGap() {
    List<TrialOutcome> runs = Bandits.trial(ID, "test.fixed-arm")
        .environmentParams(Map.of("arms", 3, "means", new double[] {0.2, 0.7, 0.4}))
        .policyParam("arm", 2).metric("regret").horizon(1000).checkpoints(10).seeds(3).run();
    for (TrialOutcome run : runs) {
      assertThat(run.at(10, "regret")).isCloseTo(10 * 0.3, within(1e-12));
      assertThat(run.last("regret")).isCloseTo(1000 * 0.3, within(1e-9));
    }
  }

  @Test
  void oracleGivesTheDeclaredMeansAndTheirMaximum() {
    double[] means = {0.2, 0.7, 0.4};
    Environment<BanditObservation, Arm, Reward> bandit =
        environment(ID, Map.of("arms", 3, "means", means));
    Oracle<BanditObservation, Arm> oracle = oracle(bandit);
    assertThat(means(bandit)).containsExactly(means);
    assertThat(oracle.bestExpectedReward(bandit.reset())).isEqualTo(0.7);
  }

  @Test
  void drawnMeansDependOnTheSeedOnlyNotOnThePolicy() {
    List<Environment<BanditObservation, Arm, Reward>> forUniform = environments(ID, 9, Map.of());
    List<Environment<BanditObservation, Arm, Reward>> forUcb1 =
        environments(Bandits.trial(ID, "bandit.ucb1").seeds(9));
    assertThat(means(forUniform.get(7)))
        .containsExactly(means(forUcb1.get(7)))
        .isNotEqualTo(means(forUniform.get(8)));
  }

  @Test
  void drawnMeansAreUniformOnTheUnitInterval() {
    double[] pooled = new double[5000];
    List<Environment<BanditObservation, Arm, Reward>> bandits = environments(ID, 500, Map.of());
    for (int seed = 0; seed < 500; seed++) {
      System.arraycopy(means(bandits.get(seed)), 0, pooled, 10 * seed, 10);
    }
    Sampling.assertDistribution(pooled, x -> Math.min(1, Math.max(0, x)));
  }

  @Test
  void gapInstanceHasOneBestArmAndEveryOtherArmGapBelowIt() {
    double[] means = means(environment(ID, Map.of("gap", 0.2, "best-mean", 0.9)));
    assertThat(Arrays.stream(means).filter(m -> m == 0.9).count()).isEqualTo(1);
    assertThat(Arrays.stream(means).filter(m -> Math.abs(m - 0.7) < 1e-12).count()).isEqualTo(9);
  }

  @Test
  void gapInstanceWithoutBestMeanIsCentredOnOneHalf() {
    double[] means = means(environment(ID, Map.of("arms", 2, "gap", 0.2)));
    Arrays.sort(means);
    assertThat(means[1]).isCloseTo(0.6, within(1e-12));
    assertThat(means[0]).isCloseTo(0.4, within(1e-12));
  }

  @Test
  void bestArmOfAGapInstanceIsPlacedUniformly() {
    int arms = 4;
    int seeds = 2000;
    long[] best = new long[arms];
    for (Environment<BanditObservation, Arm, Reward> bandit :
        environments(ID, seeds, Map.of("arms", arms, "gap", 0.1))) {
      double[] means = means(bandit);
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
  void meansOfTheWrongLengthAreAValidationProblemAtTheParameter() {
    assertThatThrownBy(() -> Bandits.trial(ID, "bandit.uniform")
        .environmentParam("means", new double[] {0.1, 0.2}).plan())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("$.environments[0].params.means: ")
        .hasMessageContaining("has 2 values but 'arms' is 10; expected one mean per arm");
  }

  @Test
  void meansOfTheWrongLengthAreRejectedByTheFactoryNamingTheParameter() {
    assertThatThrownBy(() -> create(Map.of("arms", 10L, "means", new double[] {0.1, 0.2})))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("bandit.bernoulli: parameter 'means' has 2 values but 'arms' is 10;"
            + " expected one mean per arm");
  }

  @Test
  void meansCombinedWithGapAreAValidationProblem() {
    assertThatThrownBy(() -> Bandits.trial(ID, "bandit.uniform")
        .environmentParams(Map.of("arms", 2, "means", new double[] {0.1, 0.2}, "gap", 0.1))
        .plan())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("$.environments[0].params.means: ")
        .hasMessageContaining("cannot be combined with 'gap'");
    assertThatThrownBy(() -> create(Map.of("arms", 2L, "means", new double[] {0.1, 0.2},
        "gap", 0.1)))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("'means' cannot be combined with 'gap'");
  }

  @Test
  void bestMeanWithoutGapIsAValidationProblem() {
    assertThatThrownBy(() -> Bandits.trial(ID, "bandit.uniform")
        .environmentParam("best-mean", 0.9).plan())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("$.environments[0].params.best-mean: ")
        .hasMessageContaining("needs 'gap'");
    assertThatThrownBy(() -> create(Map.of("arms", 10L, "best-mean", 0.9)))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("'best-mean' needs 'gap'");
  }

  @Test
  void bestMeanBelowTheGapIsAValidationProblem() {
    assertThatThrownBy(() -> Bandits.trial(ID, "bandit.uniform")
        .environmentParams(Map.of("gap", 0.5, "best-mean", 0.3)).plan())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("$.environments[0].params.best-mean: ")
        .hasMessageContaining("0.3 minus 'gap' 0.5 is a negative mean");
    assertThatThrownBy(() -> create(Map.of("arms", 10L, "gap", 0.5, "best-mean", 0.3)))
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
    assertThat(environment(ID, Map.of()).capability(BanditProtocol.REWARD_RANGE))
        .contains(RewardRange.UNIT);
  }

  /** The factory called directly, as an embedding program would, without validation. */
  private static Object create(Map<String, Object> params) {
    return BernoulliBandit.TYPE.factory().create(Params.of(params), Policies.rng(1),
        Capabilities.NONE);
  }
}
