package org.recbench.churn.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.recbench.api.ConfigurationException;
import org.recbench.api.session.ChurnModel;
import org.recbench.churn.SarsopFixture;
import org.recbench.churn.SessionRunner;
import org.recbench.churn.TestInstances;
import org.recbench.churn.env.ChurnEnvironment;
import org.recbench.churn.model.SyntheticInstances;
import org.recbench.churn.plan.Plan;
import org.recbench.churn.plan.PlanPolicy;
import org.recbench.churn.plan.PlanningCost;

class ChurnMetricsTest {

  private static final ChurnModel MODEL = new ChurnModel(new double[] {0.2, 0.5, 0.3},
      new double[][] {{0.9, 0.3}, {0.2, 0.8}, {0.6, 0.6}});

  /** Always recommends category 1: after k likes the belief is q ∘ P(·,1)^k, normalised. */
  private static PlanPolicy alwaysSecond() {
    return new PlanPolicy(new Plan(new int[0], 1, 0, 0, 0), new PlanningCost(0, 0));
  }

  private static double beliefMeasureAfterLikes(int likes, ToDoubleFunction<double[]> measure) {
    double[] b = new double[3];
    double total = 0;
    for (int u = 0; u < 3; u++) {
      b[u] = MODEL.prior(u) * Math.pow(MODEL.like(u, 1), likes);
      total += b[u];
    }
    for (int u = 0; u < 3; u++) {
      b[u] /= total;
    }
    return measure.applyAsDouble(b);
  }

  private static void checkMeanOverRecommendations(BeliefUncertaintyMetric.Measure measure,
      ToDoubleFunction<double[]> definition) {
    BeliefUncertaintyMetric metric = new BeliefUncertaintyMetric(MODEL, measure);
    int[] likes = SessionRunner.run(new ChurnEnvironment(MODEL, new SplittableRandom(4)),
        alwaysSecond(), 500, 10_000, List.of(metric));
    double sum = 0;
    long recommendations = 0;
    for (int session : likes) {
      for (int k = 0; k <= session; k++) {
        sum += beliefMeasureAfterLikes(k, definition);
        recommendations++;
      }
    }
    assertThat(metric.value()).isCloseTo(sum / recommendations, within(1e-12));
  }

  @Test
  void beliefEntropyIsTheMeanEntropyInBitsAtEachRecommendation() {
    checkMeanOverRecommendations(BeliefUncertaintyMetric.Measure.ENTROPY, b -> {
      double h = 0;
      for (double p : b) {
        h -= p * Math.log(p) / Math.log(2);
      }
      return h;
    });
  }

  @Test
  void beliefMaxIsTheMeanLargestProbabilityAtEachRecommendation() {
    checkMeanOverRecommendations(BeliefUncertaintyMetric.Measure.MAX,
        b -> Math.max(b[0], Math.max(b[1], b[2])));
  }

  @Test
  void perRoundMetricAveragesTheBeliefAtThatRoundOverTheSessionsReachingIt() {
    for (int round : List.of(1, 2, 5)) {
      BeliefUncertaintyMetric metric = new BeliefUncertaintyMetric(MODEL,
          BeliefUncertaintyMetric.Measure.MAX, round);
      int[] likes = SessionRunner.run(new ChurnEnvironment(MODEL, new SplittableRandom(4)),
          alwaysSecond(), 500, 10_000, List.of(metric));
      long reached = java.util.Arrays.stream(likes).filter(l -> l + 1 >= round).count();
      assertThat(reached).as("sessions reaching round " + round).isPositive();
      double expected = beliefMeasureAfterLikes(round - 1,
          b -> Math.max(b[0], Math.max(b[1], b[2])));
      assertThat(metric.value()).as("round " + round).isCloseTo(expected, within(1e-12));
    }
  }

  @Test
  void perRoundMetricIsNotANumberWhileNoSessionReachedItsRound() {
    BeliefUncertaintyMetric metric = new BeliefUncertaintyMetric(MODEL,
        BeliefUncertaintyMetric.Measure.ENTROPY, 100);
    SessionRunner.run(new ChurnEnvironment(MODEL, new SplittableRandom(4)), alwaysSecond(), 1,
        10_000, List.of(metric));
    assertThat(metric.value()).isNaN();
  }

  @Test
  void entropyOfTheUniformBeliefIsLogTwoOfTheTypeCount() {
    assertThat(BeliefUncertaintyMetric.entropyBits(new double[] {0.25, 0.25, 0.25, 0.25}))
        .isCloseTo(2.0, within(1e-15));
    assertThat(BeliefUncertaintyMetric.entropyBits(new double[] {1, 0})).isZero();
  }

  @Test
  void optimalityGapIsTheOptimumMinusTheMeanLikesPerSession() {
    ChurnModel trap = TestInstances.myopicTrap();
    OptimalityGapMetric metric = new OptimalityGapMetric(OptimalityGapMetric.optimum(trap));
    assertThat(metric.value()).isNaN();
    PlanPolicy always0 = new PlanPolicy(new Plan(new int[0], 0, 0, 0, 0), new PlanningCost(0, 0));
    int[] likes = SessionRunner.run(new ChurnEnvironment(trap, new SplittableRandom(8)), always0,
        300, 10_000, List.of(metric));
    double optimum = 0.5 * 0.95 / 0.05 + 0.5 * 0.05 / 0.95;
    assertThat(OptimalityGapMetric.optimum(trap)).isCloseTo(optimum, within(1e-8));
    assertThat(metric.value()).isCloseTo(optimum - SessionRunner.mean(likes), within(1e-8));
  }

  @Test
  void optimumMatchesTheFixturesExactValue() {
    SarsopFixture fixture = SarsopFixture.load("churn_U3_A5_s4");
    assertThat(OptimalityGapMetric.optimum(fixture.model()))
        .isCloseTo(fixture.exactUndiscounted(), within(1e-8));
  }

  @Test
  void optimumFallsBackToTheDynamicProgramWhenBranchAndBoundRunsOutOfNodes() {
    ChurnModel hard = SyntheticInstances.generate(6, 2, new SplittableRandom(13));
    assertThat(OptimalityGapMetric.optimum(hard)).isCloseTo(27.623242780, within(1e-8));
  }

  @Test
  void instancesBeyondTheSizeLimitFailClearly() {
    ChurnModel large = SyntheticInstances.generate(9, 8, new SplittableRandom(1));
    assertThatThrownBy(() -> OptimalityGapMetric.optimum(large))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("at most 64 cells")
        .hasMessageContaining("9 x 8 = 72");
  }
}
