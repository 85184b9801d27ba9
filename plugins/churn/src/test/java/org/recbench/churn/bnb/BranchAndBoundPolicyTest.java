package org.recbench.churn.bnb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recbench.api.Fact;
import org.recbench.churn.ScriptedSessions;
import org.recbench.churn.model.ChurnInstance;
import org.recbench.churn.model.SyntheticInstances;
import org.recbench.core.run.AnalysisRunner;
import org.recbench.core.run.TrialRunner;
import org.recbench.core.trial.AnalysisRecord;
import org.recbench.testkit.TrialBuilder;
import org.recbench.testkit.TrialOutcome;

/**
 * {@code churn.bnb} through the harness on the paper-generator instance 4 × 2, numpy seed 12, on
 * which Alg. 1 as printed spends 10^6 prefixes without certifying its plan.
 */
class BranchAndBoundPolicyTest {

  private static final Map<String, Object> HARD = Map.of("types", 4, "categories", 2,
      "generator", "paper", "generator-seed", 12);

  private static TrialBuilder bnb(Map<String, Object> params) {
    return ScriptedSessions.KIT.trial("churn.synthetic", "churn.bnb").environmentParams(HARD)
        .policyParams(params).metric("planned-value").metric("certified-bound")
        .metric("certified-gap").metric("certified").metric("nodes-expanded").episodes(1);
  }

  private static double optimum() {
    return BranchAndBound.solve(ChurnInstance.of(SyntheticInstances.paper(4, 2, 12)),
        BranchAndBound.Settings.exact(1e-9)).plan().value();
  }

  @Test
  void aBudgetLimitedSearchIsFlaggedUncertifiedWithItsBoundInTheTrialAndTheAnalysis() {
    TrialBuilder cut = bnb(Map.of("node-budget", 50));
    TrialOutcome trial = cut.runOne();
    double optimum = optimum();
    assertThat(trial.last("certified")).isZero();
    assertThat(trial.last("nodes-expanded")).isEqualTo(50);
    assertThat(trial.last("certified-bound")).isGreaterThanOrEqualTo(optimum);
    assertThat(trial.last("planned-value")).isLessThanOrEqualTo(optimum + 1e-9);
    assertThat(trial.last("certified-gap"))
        .isEqualTo(trial.last("certified-bound") - trial.last("planned-value"))
        .isGreaterThan(1e-6);

    List<AnalysisRecord> analyses = new AnalysisRunner(ScriptedSessions.KIT.catalog(),
        new TrialRunner(ScriptedSessions.KIT.catalog())).run(cut.plan(), Map.of());
    Map<String, Double> facts = new HashMap<>();
    for (Fact fact : analyses.get(0).result().facts()) {
      facts.put(fact.name(), fact.value());
    }
    assertThat(facts).containsEntry("certified epsilon-optimal (1 = yes)", 0.0)
        .containsEntry("search complete (1 = yes)", 0.0)
        .containsEntry("certified upper bound", trial.last("certified-bound"))
        .containsEntry("prefixes expanded", 50.0);
  }

  @Test
  void dominanceCertifiesTheInstanceOnWhichAlgorithmOneAsPrintedSpendsItsBudget() {
    TrialOutcome printed = bnb(Map.of("dominance", false)).runOne();
    assertThat(printed.last("nodes-expanded")).isEqualTo(1_000_000);
    assertThat(printed.last("certified")).isZero();
    assertThat(printed.last("certified-gap")).isGreaterThan(1);
    TrialOutcome pruned = bnb(Map.of()).runOne();
    assertThat(pruned.last("certified")).isEqualTo(1);
    assertThat(pruned.last("certified-gap")).isLessThanOrEqualTo(1e-6);
    assertThat(pruned.last("nodes-expanded")).isLessThan(1000);
    assertThat(pruned.last("planned-value"))
        .isGreaterThanOrEqualTo(printed.last("planned-value") - 1e-6)
        .isLessThanOrEqualTo(printed.last("certified-bound"));
  }
}
