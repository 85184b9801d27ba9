package org.recbench.churn.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.recbench.api.ConfigurationException;
import org.recbench.protocol.session.ChurnModel;
import org.recbench.churn.SarsopFixture;
import org.recbench.churn.ScriptedSessions;
import org.recbench.churn.TestInstances;
import org.recbench.churn.model.SyntheticInstances;
import org.recbench.testkit.TrialOutcome;

class ChurnMetricsTest {

  private static final ChurnModel MODEL = new ChurnModel(new double[] {0.2, 0.5, 0.3},
      new double[][] {{0.9, 0.3}, {0.2, 0.8}, {0.6, 0.6}});
  /** The probe counting recommendations by the likes before them in their session. */
  private static final String HISTOGRAM = "test.likes-histogram";

  /**
   * Runs {@code sessions} sessions of a policy always recommending category 1 (after k likes the
   * belief is q ∘ P(·,1)^k, normalised), recording {@code metric} with {@code params} and the
   * {@link #HISTOGRAM} probe.
   */
  private static TrialOutcome alwaysSecond(int sessions, String metric, Map<String, ?> params) {
    return ScriptedSessions.KIT.trial("churn.matrix", "test.sequence")
        .environmentParams(Map.of("prior", MODEL.priorVector(), "like", MODEL.likeMatrix()))
        .policyParam("tail", 1).metric(metric, params).metric(HISTOGRAM, Map.of("size", 1000))
        .episodes(sessions).runOne();
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

  private static void checkMeanOverRecommendations(String metric,
      ToDoubleFunction<double[]> definition) {
    TrialOutcome run = alwaysSecond(500, metric, Map.of());
    double[] made = run.lastVector(HISTOGRAM + "[size=1000]").values();
    assertThat(made[made.length - 1]).as("sessions beyond the histogram").isZero();
    double sum = 0;
    long recommendations = 0;
    for (int k = 0; k < made.length - 1 && made[k] > 0; k++) {
      sum += made[k] * beliefMeasureAfterLikes(k, definition);
      recommendations += (long) made[k];
    }
    assertThat(made[0]).as("one first recommendation per session").isEqualTo(500);
    assertThat(run.last(metric)).isCloseTo(sum / recommendations, within(1e-12));
  }

  @Test
  void beliefEntropyIsTheMeanEntropyInBitsAtEachRecommendation() {
    checkMeanOverRecommendations(BeliefUncertaintyMetric.ENTROPY_ID, b -> {
      double h = 0;
      for (double p : b) {
        h -= p * Math.log(p) / Math.log(2);
      }
      return h;
    });
  }

  @Test
  void beliefMaxIsTheMeanLargestProbabilityAtEachRecommendation() {
    checkMeanOverRecommendations(BeliefUncertaintyMetric.MAX_ID,
        b -> Math.max(b[0], Math.max(b[1], b[2])));
  }

  @Test
  void perRoundMetricAveragesTheBeliefAtThatRoundOverTheSessionsReachingIt() {
    for (int round : List.of(1, 2, 5)) {
      TrialOutcome run = alwaysSecond(500, BeliefUncertaintyMetric.MAX_ID,
          Map.of("round", round));
      double[] made = run.lastVector(HISTOGRAM + "[size=1000]").values();
      assertThat(made[round - 1]).as("sessions reaching round " + round).isPositive();
      double expected = beliefMeasureAfterLikes(round - 1,
          b -> Math.max(b[0], Math.max(b[1], b[2])));
      assertThat(run.last(BeliefUncertaintyMetric.MAX_ID + "[round=" + round + "]"))
          .as("round " + round).isCloseTo(expected, within(1e-12));
    }
  }

  @Test
  void perRoundMetricIsNotANumberWhileNoSessionReachedItsRound() {
    TrialOutcome run = alwaysSecond(1, BeliefUncertaintyMetric.ENTROPY_ID, Map.of("round", 100));
    assertThat(run.last(BeliefUncertaintyMetric.ENTROPY_ID + "[round=100]")).isNaN();
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
    assertThat(new OptimalityGapMetric(OptimalityGapMetric.optimum(trap)).value()).isNaN();
    TrialOutcome run = ScriptedSessions.KIT.trial("churn.matrix", "test.sequence")
        .environmentParams(Map.of("prior", trap.priorVector(), "like", trap.likeMatrix()))
        .policyParam("tail", 0).metric(OptimalityGapMetric.ID).metric("mean-episode-reward")
        .episodes(300).runOne();
    double optimum = 0.5 * 0.95 / 0.05 + 0.5 * 0.05 / 0.95;
    assertThat(OptimalityGapMetric.optimum(trap)).isCloseTo(optimum, within(1e-8));
    assertThat(run.last(OptimalityGapMetric.ID))
        .isCloseTo(optimum - run.last("mean-episode-reward"), within(1e-8));
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
