package org.recbench.churn.bnb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recbench.churn.model.ChurnInstance;
import org.recbench.churn.model.SyntheticInstances;
import org.recbench.churn.plan.Plan;

/**
 * The 512 × 3 paper-generator instances (App. F.1, numpy seeds 5 and 21) on which Algorithm 1 as
 * printed spends its 1,000,000 prefixes without certifying its plan. About 15 s: run with
 * {@code -Pslow}.
 */
@Tag("slow")
class HardInstancesTest {

  @ParameterizedTest
  @ValueSource(longs = {5, 21})
  void dominancePruningCertifiesWherePlainBranchAndBoundHitsItsBudget(long seed) {
    ChurnInstance instance = ChurnInstance.of(SyntheticInstances.paper(512, 3, seed));
    BranchAndBound.Settings settings =
        new BranchAndBound.Settings(1e-6, 1_000_000, 0, BranchAndBound.Order.DEPTH_FIRST);
    BranchAndBound.Result plain = BranchAndBound.solve(instance,
        settings.withTranspositions(false));
    assertThat(plain.complete()).isFalse();
    assertThat(plain.plan().certified()).isFalse();
    assertThat(plain.plan().gap()).isGreaterThan(1);
    BranchAndBound.Result pruned = BranchAndBound.solve(instance, settings);
    Plan plan = pruned.plan();
    assertThat(pruned.complete()).isTrue();
    assertThat(plan.certified()).isTrue();
    assertThat(plan.gap()).isLessThanOrEqualTo(1e-6);
    assertThat(plan.value()).isGreaterThanOrEqualTo(plain.plan().value() - 1e-6)
        .isLessThanOrEqualTo(plain.plan().upperBound());
    assertThat(pruned.nodesExpanded()).isLessThan(10_000);
  }
}
