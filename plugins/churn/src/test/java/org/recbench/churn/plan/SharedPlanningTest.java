package org.recbench.churn.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.recbench.api.Fact;
import org.recbench.churn.SarsopFixture;
import org.recbench.churn.ScriptedSessions;
import org.recbench.core.run.AnalysisRunner;
import org.recbench.core.run.TrialRunner;
import org.recbench.core.trial.AnalysisRecord;
import org.recbench.core.trial.TrialSpec;
import org.recbench.protocol.session.ChurnModel;
import org.recbench.testkit.TrialBuilder;
import org.recbench.testkit.TrialOutcome;

/**
 * Deterministic planners plan once per run and instance: the first trial (or the policy type's
 * analysis) measures the planning, later trials of the same instance play the same plan and report
 * that cost marked reused.
 */
class SharedPlanningTest {

  private static final SarsopFixture FIXTURE = SarsopFixture.load("churn_U3_A5_s4");

  private static TrialBuilder onFixture(String planner, int seeds) {
    ChurnModel model = FIXTURE.model();
    return ScriptedSessions.KIT.trial("churn.matrix", planner)
        .environmentParams(Map.of("prior", model.priorVector(), "like", model.likeMatrix()))
        .metric("planning-time").metric("nodes-expanded").metric("planning-reused")
        .metric("planned-value").metric("certified").episodes(3).seeds(seeds);
  }

  private static Map<String, Double> facts(AnalysisRecord record) {
    return record.result().facts().stream()
        .collect(Collectors.toMap(Fact::name, Fact::value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"churn.bnb", "churn.dp", "churn.pbvi"})
  void laterTrialsOfAnInstanceReuseThePlanAndReportItsOriginalCostMarkedReused(String planner) {
    List<TrialOutcome> runs = onFixture(planner, 4).run();
    assertThat(runs).allMatch(TrialOutcome::ok);
    assertThat(runs.get(0).last("planning-reused")).isZero();
    for (TrialOutcome later : runs.subList(1, runs.size())) {
      assertThat(later.last("planning-reused")).as("seed " + later.seed()).isEqualTo(1);
      assertThat(later.last("planning-time")).isEqualTo(runs.get(0).last("planning-time"));
      assertThat(later.last("nodes-expanded")).isEqualTo(runs.get(0).last("nodes-expanded"));
      assertThat(later.last("planned-value")).isEqualTo(runs.get(0).last("planned-value"));
    }
  }

  @Test
  void anInstanceDrawnPerSeedIsPlannedByTheTrialOfThatSeed() {
    List<TrialOutcome> runs = ScriptedSessions.KIT.trial("churn.synthetic", "churn.bnb")
        .environmentParams(Map.of("types", 3, "categories", 3, "generator", "paper"))
        .metric("planning-reused").metric("planned-value").episodes(1).seeds(4).run();
    assertThat(TrialOutcome.finalValues(runs, "planning-reused")).containsOnly(0.0);
    assertThat(TrialOutcome.finalValues(runs, "planned-value")).doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @ValueSource(strings = {"churn.bnb", "churn.dp", "churn.pbvi"})
  void theAnalysisPlansOnceBeforeTheTrialsWhichAllReuseItsPlan(String planner) {
    List<TrialSpec> specs = onFixture(planner, 3).plan();
    TrialRunner runner = new TrialRunner(ScriptedSessions.KIT.catalog());
    List<AnalysisRecord> analyses =
        new AnalysisRunner(ScriptedSessions.KIT.catalog(), runner).run(specs, Map.of());
    assertThat(analyses).hasSize(1);
    assertThat(analyses.get(0).ok()).as(analyses.get(0).error()).isTrue();
    Map<String, Double> facts = facts(analyses.get(0));
    double tolerance = planner.equals("churn.pbvi") ? 0.02 * FIXTURE.exactUndiscounted() : 1e-6;
    assertThat(facts.get("planned value")).isCloseTo(FIXTURE.exactUndiscounted(),
        within(tolerance));
    assertThat(facts.get("certified upper bound"))
        .isGreaterThanOrEqualTo(FIXTURE.exactUndiscounted() - 1e-9);
    assertThat(facts.get("planning time")).isPositive();
    for (TrialSpec spec : specs) {
      TrialOutcome trial = new TrialOutcome(runner.run(spec));
      assertThat(trial.last("planning-reused")).as("seed " + spec.seed()).isEqualTo(1);
      assertThat(trial.last("planning-time")).isEqualTo(facts.get("planning time"));
      assertThat(trial.last("planned-value")).isEqualTo(facts.get("planned value"));
      assertThat(trial.last("certified"))
          .isEqualTo(facts.get("certified epsilon-optimal (1 = yes)"));
    }
  }

  @Test
  void branchAndBoundAndDpCertifyTheFixtureAndPbvisLooseBoundDoesNot() {
    assertThat(onFixture("churn.bnb", 1).runOne().last("certified")).isEqualTo(1);
    assertThat(onFixture("churn.dp", 1).runOne().last("certified")).isEqualTo(1);
    TrialOutcome pbvi = onFixture("churn.pbvi", 1).metric("certified-gap").runOne();
    assertThat(pbvi.last("certified")).isZero();
    assertThat(pbvi.last("certified-gap")).as("the stated bound on U3_A5_s4 (README: 50.8)")
        .isGreaterThan(1);
  }
}
