package org.recbench.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recbench.protocol.session.ChurnModel;
import org.recbench.baselines.BestFixedPolicy;
import org.recbench.baselines.MyopicPolicy;
import org.recbench.churn.bnb.BranchAndBound;
import org.recbench.churn.model.ChurnInstance;
import org.recbench.churn.plan.Plan;
import org.recbench.testkit.TrialOutcome;

/** Prop. 2.5 on the instance of {@code scenarios/churn/myopic-gap.json}. */
class MyopicTrapTest {

  private static final ChurnModel TRAP = TestInstances.myopicTrap();

  @Test
  void myopicIsStrictlyWorseThanBranchAndBoundOnThePropositionInstance() {
    ChurnInstance instance = ChurnInstance.of(TRAP);
    double myopic = SessionPolicies.value(instance, new MyopicPolicy(TRAP));
    Plan optimal = BranchAndBound.solve(instance, BranchAndBound.Settings.exact(1e-12)).plan();
    assertThat(myopic).isCloseTo(0.6 / 0.4, within(1e-9));
    assertThat(optimal.value() - myopic).isGreaterThan(8.0);
  }

  @Test
  void bestFixedValueIsItsClosedFormAndHereOptimal() {
    ChurnInstance instance = ChurnInstance.of(TRAP);
    BestFixedPolicy bestFixed = new BestFixedPolicy(BestFixedPolicy.bestCategory(TRAP));
    double closedForm = 0.5 * 0.95 / 0.05 + 0.5 * 0.05 / 0.95;
    assertThat(SessionPolicies.value(instance, bestFixed)).isCloseTo(closedForm, within(1e-9));
    assertThat(BestFixedPolicy.fixedValue(TRAP, 1)).isCloseTo(closedForm, within(1e-12));
    assertThat(BranchAndBound.solve(instance, BranchAndBound.Settings.exact(1e-12)).plan().value())
        .isCloseTo(closedForm, within(1e-9));
  }

  @Test
  void simulatedSessionsShowTheGapOnEverySeed() {
    double[] planned = meanLikesPerSeed("churn.bnb", Map.of("epsilon", 1e-9));
    double[] myopic = meanLikesPerSeed("baseline.myopic", Map.of());
    for (int seed = 0; seed < 20; seed++) {
      assertThat(planned[seed]).as("seed " + seed).isGreaterThan(myopic[seed] + 3);
    }
  }

  /** Mean likes over 200 sessions on each of 20 seeds, run by the harness. */
  private static double[] meanLikesPerSeed(String policy, Map<String, ?> params) {
    return TrialOutcome.finalValues(ScriptedSessions.KIT.trial("churn.matrix", policy)
        .environmentParams(Map.of("prior", TRAP.priorVector(), "like", TRAP.likeMatrix()))
        .policyParams(params).metric("mean-episode-reward").episodes(200).seeds(20).run(),
        "mean-episode-reward");
  }
}
