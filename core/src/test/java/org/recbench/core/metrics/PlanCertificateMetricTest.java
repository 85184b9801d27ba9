package org.recbench.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.recbench.core.run.TestSpecs.config;
import static org.recbench.core.run.TestSpecs.spec;
import static org.recbench.core.run.TestSpecs.steps;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recbench.api.PlanCertificate;
import org.recbench.core.plan.Plan;
import org.recbench.core.plan.Planner;
import org.recbench.core.run.TestSpecs;
import org.recbench.core.run.TrialRunner;
import org.recbench.core.scenario.ScenarioLoader;
import org.recbench.core.trial.ComponentConfig;
import org.recbench.core.trial.TrialResult;

/** The certificate metrics and planning-reused read what the policy reports, nothing else. */
class PlanCertificateMetricTest {

  private static final List<String> METRICS = List.of("reward", "planned-value",
      "certified-bound", "certified-gap", "certified", "planning-time", "planning-reused");

  private static final ComponentConfig TABLE = config("test.table",
      Map.of("means", new double[] {0.5}));

  private final TrialRunner runner = new TrialRunner(TestSpecs.catalog());

  private Map<String, Double> values(Map<String, Object> params) {
    return values(params, 0);
  }

  private Map<String, Double> values(Map<String, Object> params, int seed) {
    TrialResult result = runner.run(spec(TABLE, config("test.certified-plan", params), METRICS,
        seed, steps(5), 5L));
    assertThat(result.ok()).as(result.error()).isTrue();
    return result.checkpoints().get(0).metrics();
  }

  @Test
  void aPlanWhoseBoundIsWithinEpsilonIsCertifiedWithItsGap() {
    Map<String, Double> values = values(Map.of("value", 2.0, "bound", 2.05, "epsilon", 0.1));
    assertThat(values.get("planned-value")).isEqualTo(2.0);
    assertThat(values.get("certified-bound")).isEqualTo(2.05);
    assertThat(values.get("certified-gap")).isEqualTo(2.05 - 2.0);
    assertThat(values.get("certified")).isEqualTo(1.0);
    assertThat(values.get("planning-time")).isEqualTo(4.5);
    assertThat(values.get("planning-reused")).isEqualTo(0.0);
  }

  @Test
  void aPlanWhoseBoundExceedsEpsilonOrIsMissingIsNotCertified() {
    Map<String, Double> loose = values(Map.of("value", 4.796, "bound", 7.28, "epsilon", 1e-6));
    assertThat(loose.get("certified")).isEqualTo(0.0);
    assertThat(loose.get("certified-gap")).isEqualTo(7.28 - 4.796);
    Map<String, Double> unbounded = values(Map.of("value", 1.0));
    assertThat(unbounded.get("certified-bound")).isNaN();
    assertThat(unbounded.get("certified-gap")).isNaN();
    assertThat(unbounded.get("certified")).isEqualTo(0.0);
  }

  @Test
  void aPolicyRequiringSharedWorkIsPlannedAndItsLaterTrialsReportTheirPlanReused() {
    Map<String, Object> params = Map.of("value", 3.0, "bound", 3.0);
    Map<String, Double> first = values(params, 0);
    Map<String, Double> second = values(params, 1);
    assertThat(first.get("planning-reused")).isEqualTo(0.0);
    assertThat(second.get("planning-reused")).isEqualTo(1.0);
    assertThat(second.get("planning-time")).as("the original computation's time")
        .isEqualTo(first.get("planning-time"));
  }

  @Test
  void certificateMetricIsLeftOutForAPolicyThatProvesNothingWithANote() throws Exception {
    String json = "{\"name\": \"plan\", \"seeds\": 1, \"horizon\": 10,"
        + " \"environments\": [{\"id\": \"test.table\", \"params\": {\"means\": [0.5]}}],"
        + " \"policies\": [\"test.round-robin\", \"test.certified-plan\"],"
        + " \"metrics\": [\"reward\", \"certified\"], \"leaderboard\": {\"rank-by\": \"reward\"}}";
    Plan plan = new Planner(TestSpecs.catalog()).plan(
        new ScenarioLoader(TestSpecs.catalog()).parse(json, Path.of("plan.json")));

    assertThat(plan.trials()).extracting(t -> t.policy().id(),
            t -> t.metrics().stream().map(ComponentConfig::label).toList())
        .containsExactly(tuple("test.round-robin", List.of("reward")),
            tuple("test.certified-plan", List.of("reward", "certified")));
    assertThat(plan.notes()).containsExactly("metric certified left out (certified needs "
        + "capability plan-certificate) for test.round-robin on test.table[means=[0.5]]");
  }

  @Test
  void aBoundBelowTheValueGivesGapZero() {
    assertThat(new PlanCertificate(3, 3 - 1e-15, 0).gap()).isZero();
    assertThat(new PlanCertificate(3, 3 - 1e-15, 0).certified()).isTrue();
  }
}
