package org.recbench.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.recbench.protocol.session.ChurnModel;
import org.recbench.baselines.BestFixedPolicy;
import org.recbench.baselines.MyopicPolicy;
import org.recbench.churn.bnb.BranchAndBound;
import org.recbench.churn.env.ChurnEnvironment;
import org.recbench.churn.model.ChurnInstance;
import org.recbench.churn.plan.Plan;
import org.recbench.churn.plan.PlanPolicy;
import org.recbench.churn.plan.PlanningCost;

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
    Plan optimal = BranchAndBound.solve(ChurnInstance.of(TRAP), BranchAndBound.Settings.exact(1e-9))
        .plan();
    for (long seed = 0; seed < 20; seed++) {
      int[] planned = SessionRunner.run(new ChurnEnvironment(TRAP, new SplittableRandom(seed)),
          new PlanPolicy(optimal, new PlanningCost(0, 0)), 200, 100_000, List.of());
      int[] myopic = SessionRunner.run(new ChurnEnvironment(TRAP, new SplittableRandom(seed)),
          new MyopicPolicy(TRAP), 200, 100_000, List.of());
      assertThat(SessionRunner.mean(planned)).as("seed " + seed)
          .isGreaterThan(SessionRunner.mean(myopic) + 3);
    }
  }
}
