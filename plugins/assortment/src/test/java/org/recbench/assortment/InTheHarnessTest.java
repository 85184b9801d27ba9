package org.recbench.assortment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recbench.testkit.TrialBuilder;
import org.recbench.testkit.TrialOutcome;

/**
 * ELSA, UCB-MNL, the oracle and the random baseline run through the real harness (test kit) on
 * the bundled assortment environments: the paper's central comparison (Fig. 6), exact facts
 * about the oracle and the random policy, and how bad input is reported.
 */
class InTheHarnessTest {

  /** The phase-1 setting: small enough for seconds, large enough to separate the methods. */
  private static final Map<String, Object> LOW_RANK = Map.of("d1", 3, "d2", 3, "rank", 2,
      "items", 15, "capacity", 3);
  private static final int HORIZON = 400;
  private static final int SEEDS = 8;

  private static TrialBuilder lowRank(String policy) {
    return Kit.KIT.trial("assortment.lowrank", policy).environmentParams(LOW_RANK)
        .metric("regret").metric("assortment.expected-revenue").horizon(HORIZON);
  }

  /**
   * Exact low rank (paper 003, Sec. 5.1, σ = 10): ELSA-GIC's cumulative expected regret at the
   * horizon is below Stacked UCB-MNL's, and their 95% confidence intervals over 8 seeds do not
   * overlap (Fig. 6: Stacked ignores the interactions).
   */
  @Test
  void elsaGicRegretIsBelowStackedUcbMnlWithSeparatedConfidenceIntervals() {
    double[] elsa = TrialOutcome.finalValues(lowRank("assortment.elsa-gic")
        .policyParam("exploration", 80).seeds(SEEDS).run(), "regret");
    double[] stacked = TrialOutcome.finalValues(lowRank("ucbmnl.stacked")
        .policyParam("exploration", 80).seeds(SEEDS).run(), "regret");
    double[] elsaInterval = Kit.interval(elsa);
    double[] stackedInterval = Kit.interval(stacked);
    assertThat(elsaInterval[1]).as("ELSA-GIC %s vs Stacked %s", Arrays.toString(elsaInterval),
        Arrays.toString(stackedInterval)).isLessThan(stackedInterval[0]);
  }

  @Test
  void oracleRegretIsZeroAndItsExpectedRevenueBeatsEveryOtherPolicy() {
    List<TrialOutcome> oracle = lowRank("assortment.oracle").seeds(3).run();
    assertThat(TrialOutcome.finalValues(oracle, "regret")).containsOnly(0.0);
    double[] random = TrialOutcome.finalValues(lowRank("baseline.random-assortment").seeds(3)
        .run(), "assortment.expected-revenue");
    double[] best = TrialOutcome.finalValues(oracle, "assortment.expected-revenue");
    for (int s = 0; s < 3; s++) {
      assertThat(best[s]).isGreaterThan(random[s]);
    }
  }

  /** The context-free instance the oracle is checked on by hand: u, r, K = 2. */
  private static final double[] UTILITIES = {1.0, 0.5, 0.0, -0.5, 2.0};
  private static final double[] REVENUES = {1.0, 2.0, 3.0, 4.0, 0.5};

  private static TrialBuilder fixed(String policy) {
    return Kit.KIT.trial("assortment.fixed", policy)
        .environmentParams(Map.of("utilities", UTILITIES, "revenue-values", REVENUES,
            "capacity", 2))
        .metric("regret").metric("assortment.expected-revenue");
  }

  @Test
  void oracleEarnsTheBruteForceOptimumOnTheFixedInstance() {
    TrialOutcome run = fixed("assortment.oracle").horizon(50).runOne();
    assertThat(run.ok()).as(run.error()).isTrue();
    assertThat(run.last("regret")).isZero();
    assertThat(run.last("assortment.expected-revenue"))
        .isCloseTo(BruteForce.optimum(UTILITIES, REVENUES, 2), within(1e-12));
  }

  /**
   * A uniformly random pair's expected revenue averages, over rounds, to the mean of R(S) over
   * all C(5, 2) = 10 pairs; its regret per round to the optimum minus that mean.
   */
  @Test
  void randomAssortmentEarnsTheAverageRevenueOfAllSetsOfSizeK() {
    int rounds = 20_000;
    TrialOutcome run = fixed("baseline.random-assortment").horizon(rounds).runOne();
    double average = BruteForce.averageOfSize(UTILITIES, REVENUES, 2);
    double spread = BruteForce.spreadOfSize(UTILITIES, REVENUES, 2);
    assertThat(run.last("assortment.expected-revenue"))
        .isCloseTo(average, within(5 * spread / Math.sqrt(rounds)));
    assertThat(run.last("regret") / rounds).isCloseTo(
        BruteForce.optimum(UTILITIES, REVENUES, 2) - average, within(5 * spread / Math.sqrt(rounds)));
  }

  @Test
  void learnersRunOnTheContextFreeInstanceAndApproachTheOptimum() {
    for (String policy : List.of("assortment.elsa-gic", "ucbmnl.stacked", "ucbmnl.vectorized")) {
      TrialOutcome run = fixed(policy).policyParam("exploration", 50).horizon(600)
          .checkpoints(100).runOne();
      assertThat(run.ok()).as(policy + ": " + run.error()).isTrue();
      double early = run.at(100, "regret") / 100;
      double late = (run.last("regret") - run.at(100, "regret")) / 500;
      assertThat(late).as(policy).isLessThan(early / 2);
    }
  }
}
