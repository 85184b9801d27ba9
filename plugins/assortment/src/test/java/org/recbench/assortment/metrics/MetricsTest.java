package org.recbench.assortment.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recbench.assortment.Kit;
import org.recbench.core.trial.MetricVector;
import org.recbench.testkit.TrialBuilder;
import org.recbench.testkit.TrialOutcome;

/** The estimation metrics through the harness, read at checkpoints. */
class MetricsTest {

  private static final Map<String, Object> CLEAR = Map.of("d1", 3, "d2", 3, "rank", 1,
      "items", 12, "capacity", 3);

  private static TrialBuilder run(String policy) {
    return Kit.KIT.trial("assortment.lowrank", policy).environmentParams(CLEAR)
        .policyParam("exploration", 150).horizon(600).checkpoints(100, 200)
        .metric("assortment.theta-error").metric("assortment.estimated-rank")
        .metric("assortment.rank-correct").metric("assortment.rank-distribution",
            Map.of("max-rank", 3));
  }

  @Test
  void rankMetricsAreUndefinedDuringExplorationThenGiveTheGicRank() {
    List<TrialOutcome> runs = run("assortment.elsa-gic").seeds(4).run();
    for (TrialOutcome r : runs) {
      assertThat(r.ok()).as(r.error()).isTrue();
      assertThat(r.at(100, "assortment.estimated-rank")).isNaN();
      assertThat(r.at(100, "assortment.theta-error")).isNaN();
      assertThat(r.last("assortment.estimated-rank")).isEqualTo(1.0);
      assertThat(r.last("assortment.rank-correct")).isEqualTo(1.0);
      MetricVector distribution = r.lastVector("assortment.rank-distribution[max-rank=3]");
      assertThat(distribution.labels()).containsExactly("r=1", "r=2", "r>=3");
      assertThat(distribution.values()).containsExactly(1.0, 0.0, 0.0);
    }
  }

  /** The reduced-space MLE keeps learning after the subspace estimate: Θ̂'s error falls. */
  @Test
  void elsaThetaErrorFallsFromTheSubspaceEstimateToTheHorizon() {
    double[] early = TrialOutcome.finalValues(run("assortment.elsa-ucb").policyParam("rank", 1)
        .horizon(200).checkpoints(100).seeds(4).run(), "assortment.theta-error");
    double[] late = TrialOutcome.finalValues(run("assortment.elsa-ucb").policyParam("rank", 1)
        .horizon(1200).checkpoints(100, 200).seeds(4).run(), "assortment.theta-error");
    assertThat(Kit.mean(late)).isLessThan(0.8 * Kit.mean(early));
  }

  /**
   * Stacked UCB-MNL estimates only the intercept and main effects, which are zero in the exact
   * low-rank model: its error ‖Θ̂ − Θ̃‖/‖Θ̃‖ is at least 1, Vectorized's well below.
   */
  @Test
  void stackedCannotEstimateInteractionsAndVectorizedCan() {
    double[] stacked = TrialOutcome.finalValues(run("ucbmnl.stacked").seeds(3).run(),
        "assortment.theta-error");
    double[] vectorized = TrialOutcome.finalValues(run("ucbmnl.vectorized").seeds(3).run(),
        "assortment.theta-error");
    assertThat(Arrays.stream(stacked).min().orElseThrow()).isGreaterThanOrEqualTo(1.0);
    assertThat(Kit.mean(vectorized)).isLessThan(0.6);
  }

  @Test
  void expectedRevenueOfTheOracleIsTheMeanOptimumAndTheRegretIsItsGap() {
    TrialOutcome oracle = Kit.KIT.trial("assortment.lowrank", "assortment.oracle")
        .environmentParams(CLEAR).metric("assortment.expected-revenue").metric("regret")
        .horizon(300).runOne();
    TrialOutcome random = Kit.KIT.trial("assortment.lowrank", "baseline.random-assortment")
        .environmentParams(CLEAR).metric("assortment.expected-revenue").metric("regret")
        .horizon(300).runOne();
    double gap = oracle.last("assortment.expected-revenue")
        - random.last("assortment.expected-revenue");
    assertThat(random.last("regret") / 300).isCloseTo(gap, within(1e-9));
  }
}
