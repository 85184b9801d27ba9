package org.recbench.population.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.recbench.population.Populations.paperInstance;
import static org.recbench.population.Populations.trial;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.DataDispersion;
import org.apache.commons.statistics.inference.TTest;
import org.junit.jupiter.api.Test;
import org.recbench.core.trial.MetricVector;
import org.recbench.testkit.TrialOutcome;

/** The policies run through the real harness on the paper's 3-user instance (N = p). */
class PoliciesInTheHarnessTest {

  private static List<TrialOutcome> run(String policy, Map<String, ?> params, long horizon,
      int seeds, String... metrics) {
    var builder = trial("population.linear", policy).environmentParams(paperInstance(20, 0.1))
        .policyParams(params).horizon(horizon).seeds(seeds);
    for (String metric : metrics) {
      builder.metric(metric);
    }
    List<TrialOutcome> outcomes = builder.run();
    outcomes.forEach(o -> assertThat(o.ok()).as(o.error()).isTrue());
    return outcomes;
  }

  @Test
  void theOracleHasZeroRegretOnALearnablePopulationWhereTheLearnersPayForLearning() {
    double[] oracle = TrialOutcome.finalValues(
        run("population.oracle", Map.of(), 3000, 5, "regret", "population.estimation-error"),
        "regret");
    double[] softmax = TrialOutcome.finalValues(run("population.softmax-ls",
        Map.of("ode-horizon", 0), 3000, 5, "regret"), "regret");
    double[] random = TrialOutcome.finalValues(run("population.random", Map.of(), 3000, 5,
        "regret"), "regret");

    // exact: the greedy choice on the true scores is argmax_k w_k^T y_U in every step
    assertThat(Arrays.stream(oracle).map(Math::abs).max().orElseThrow()).isLessThan(1e-9);
    TTest welch = TTest.withDefaults().with(DataDispersion.HETEROSCEDASTIC)
        .with(AlternativeHypothesis.GREATER_THAN);
    assertThat(welch.withMu(1).test(softmax).getPValue()).as("softmax-ls regret above 1")
        .isLessThan(1e-3);
    assertThat(welch.test(random, softmax).getPValue()).as("random regret above softmax-ls")
        .isLessThan(1e-3);
  }

  @Test
  void theOraclesEstimateIsTheTrueThetaAndTheLearnersErrorShrinks() {
    List<TrialOutcome> oracle = run("population.oracle", Map.of(), 500, 3,
        "population.estimation-error");
    assertThat(Arrays.stream(TrialOutcome.finalValues(oracle, "population.estimation-error"))
        .max().orElseThrow()).isLessThan(1e-9);

    List<TrialOutcome> learner = trial("population.linear", "population.softmax-ls")
        .environmentParams(paperInstance(20, 0.1)).policyParams(Map.of("ode-horizon", 0))
        .metric("population.estimation-error").horizon(5000).checkpoints(20, 5000).seeds(20)
        .run();
    double[] early = learner.stream()
        .mapToDouble(o -> o.at(20, "population.estimation-error")).toArray();
    double[] late = learner.stream()
        .mapToDouble(o -> o.at(5000, "population.estimation-error")).toArray();
    // paired over seeds, one-sided: the error after 5000 steps is smaller than after 20
    assertThat(TTest.withDefaults().with(AlternativeHypothesis.GREATER_THAN)
        .pairedTest(early, late).getPValue()).isLessThan(0.01);
  }

  @Test
  void estimationErrorAndSimplexNeedAPolicyWithALinearModel() {
    TrialOutcome random = trial("population.linear", "population.random")
        .environmentParams(paperInstance(0, 0.1)).metric("population.estimation-error")
        .metric("population.preference-shares").horizon(10).runOne();
    assertThat(random.checkpoints().get(0).metrics()).doesNotContainKey(
        "population.estimation-error");
    MetricVector shares = random.lastVector("population.preference-shares");
    assertThat(shares.labels()).containsExactly("product 1", "product 2", "product 3");
    assertThat(Arrays.stream(shares.values()).sum()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void theSimplexPointsOfAGreedyPolicyAreVerticesOrTieMidpoints() {
    TrialOutcome greedy = trial("population.linear", "population.greedy")
        .environmentParams(paperInstance(20, 0.1)).metric("population.simplex").horizon(200)
        .runOne();
    for (double p : greedy.lastVector("population.simplex").values()) {
      assertThat(p).isIn(0.0, 0.5, 1.0);
    }
  }

  @Test
  void aNonPositiveRidgeIsBadInputAtItsJsonPath() {
    for (String policy : List.of("population.softmax-ls", "population.greedy")) {
      for (double ridge : new double[] {0, -0.5}) {
        assertThatThrownBy(() -> trial("population.linear", policy)
            .environmentParams(paperInstance(0, 0.1)).policyParam("ridge", ridge).plan())
            .as("%s with ridge %s", policy, ridge)
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("$.policies[0].params.ridge");
      }
    }
    assertThat(trial("population.linear", "population.greedy")
        .environmentParams(paperInstance(0, 0.1)).policyParam("ridge", 1e-9).plan()).hasSize(1);
  }
}
