package org.recbench.churn.bnb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.recbench.churn.BruteForce;
import org.recbench.churn.SarsopFixture;
import org.recbench.churn.TestInstances;
import org.recbench.churn.model.ChurnInstance;
import org.recbench.churn.model.SyntheticInstances;
import org.recbench.churn.plan.Plan;

class BranchAndBoundTest {

  private static final double EPSILON = 1e-11;

  private static BranchAndBound.Result solve(ChurnInstance instance, BranchAndBound.Order order) {
    return solve(instance, order, true);
  }

  private static BranchAndBound.Result solve(ChurnInstance instance, BranchAndBound.Order order,
      boolean transpositions) {
    return BranchAndBound.solve(instance,
        new BranchAndBound.Settings(EPSILON, 5_000_000, 0, order, transpositions));
  }

  /** The paper-generator instance (4 × 2, numpy seed 12) on which Alg. 1 spends 10^6 prefixes. */
  static ChurnInstance hardFourByTwo() {
    return ChurnInstance.of(SyntheticInstances.paper(4, 2, 12));
  }

  /** Brute-force depth per category count: about a million sequences at most. */
  private static int bruteDepth(int categories) {
    return switch (categories) {
      case 1 -> 1;
      case 2 -> 16;
      case 3 -> 12;
      default -> 10;
    };
  }

  /**
   * Brute force searches every sequence of length ≤ D. When B&B's plan lies in that space the two
   * optima must agree; a longer plan (the optimal policy explores longer than D) must beat every
   * searched sequence and stay below the certified bound.
   */
  @Test
  void bnbValueEqualsBruteForceOnSmallInstances() {
    List<ChurnInstance> instances = TestInstances.random(80, 4, 4, 2024);
    int equal = 0;
    for (ChurnInstance instance : instances) {
      int depth = bruteDepth(instance.categories());
      BruteForce brute = BruteForce.search(instance, depth);
      for (int run = 0; run < 4; run++) {
        BranchAndBound.Order order = BranchAndBound.Order.values()[run % 2];
        BranchAndBound.Result result = solve(instance, order, run < 2);
        double value = result.plan().value();
        assertThat(result.complete()).isTrue();
        assertThat(result.plan().certified()).isTrue();
        assertThat(value).as("no searched sequence beats B&B")
            .isGreaterThanOrEqualTo(brute.lower() - 1e-9);
        assertThat(value).as("B&B stays below the certified bound")
            .isLessThanOrEqualTo(brute.upper() + 1e-9);
        if (result.plan().prefixLength() <= depth) {
          assertThat(value).isCloseTo(brute.lower(), within(1e-9));
          equal++;
        } else {
          assertThat(value).as("a plan outside the searched space beats it")
              .isGreaterThan(brute.lower());
        }
      }
    }
    assertThat(equal).as("instance-order-pruning runs equal to the brute-force optimum")
        .isGreaterThanOrEqualTo(4 * 75);
  }

  @Test
  void bnbReproducesTheExactValuesOfTheSarsopFixtures() {
    for (SarsopFixture fixture : SarsopFixture.all()) {
      Plan undiscounted = solve(ChurnInstance.of(fixture.model()),
          BranchAndBound.Order.DEPTH_FIRST).plan();
      Plan discounted = solve(ChurnInstance.discounted(fixture.model(), fixture.discount()),
          BranchAndBound.Order.BREADTH_FIRST).plan();
      assertThat(undiscounted.value()).as(fixture.name())
          .isCloseTo(fixture.exactUndiscounted(), within(1e-6));
      assertThat(discounted.value()).as(fixture.name())
          .isCloseTo(fixture.exactDiscounted(), within(1e-6));
    }
  }

  @Test
  void lowerBoundNeverExceedsTheOptimumAndUpperBoundNeverFallsBelowIt() {
    SplittableRandom rng = new SplittableRandom(7);
    for (ChurnInstance instance : TestInstances.random(40, 4, 4, 99)) {
      for (int trial = 0; trial < 5; trial++) {
        double[] belief = TestInstances.randomBelief(instance.types(), rng);
        ChurnInstance fromBelief = instance.withPrior(belief);
        double optimum = solve(fromBelief, BranchAndBound.Order.DEPTH_FIRST).plan().value();
        assertThat(instance.lowerBound(belief)).isLessThanOrEqualTo(optimum + 1e-12);
        assertThat(instance.upperBound(belief)).isGreaterThanOrEqualTo(optimum - 1e-12);
      }
    }
  }

  @Test
  void planValueIsTheExactValueOfItsSequence() {
    for (ChurnInstance instance : TestInstances.random(30, 4, 4, 5)) {
      Plan plan = solve(instance, BranchAndBound.Order.DEPTH_FIRST).plan();
      assertThat(plan.value())
          .isCloseTo(instance.sequenceValue(plan.prefix(), plan.tail()), within(1e-12));
    }
  }

  @ParameterizedTest
  @EnumSource(BranchAndBound.Order.class)
  void aSpentNodeBudgetStillGivesAPlayablePlanWithACertifiedBound(BranchAndBound.Order order) {
    SarsopFixture fixture = SarsopFixture.load("churn_U2_A2_s1");
    ChurnInstance instance = ChurnInstance.of(fixture.model());
    BranchAndBound.Result cut = BranchAndBound.solve(instance,
        new BranchAndBound.Settings(1e-9, 4, 0, order));
    assertThat(cut.complete()).isFalse();
    assertThat(cut.nodesExpanded()).isEqualTo(4);
    Plan plan = cut.plan();
    assertThat(plan.value())
        .isCloseTo(instance.sequenceValue(plan.prefix(), plan.tail()), within(1e-12))
        .isLessThanOrEqualTo(fixture.exactUndiscounted());
    assertThat(plan.upperBound()).isGreaterThanOrEqualTo(fixture.exactUndiscounted());
  }

  @Test
  void bnbBeatsTheMyopicValueOnThePropositionTwoPointFiveInstance() {
    ChurnInstance instance = ChurnInstance.of(TestInstances.myopicTrap());
    double myopic = 0.6 / 0.4;
    double alwaysSecond = 0.5 * 0.95 / 0.05 + 0.5 * 0.05 / 0.95;
    Plan plan = solve(instance, BranchAndBound.Order.DEPTH_FIRST).plan();
    assertThat(plan.value()).isGreaterThanOrEqualTo(alwaysSecond - 1e-12);
    assertThat(plan.value() - myopic).isGreaterThan(8);
  }

  @ParameterizedTest
  @EnumSource(BranchAndBound.Order.class)
  void dominancePruningGivesPlainValueAndNeverMorePrefixesOnTwoHundredInstances(
      BranchAndBound.Order order) {
    SplittableRandom pick = new SplittableRandom(11);
    long plainTotal = 0;
    long prunedTotal = 0;
    for (int i = 0; i < 200; i++) {
      int types = 1 + pick.nextInt(8);
      int categories = 1 + pick.nextInt(6);
      long seed = pick.nextInt(1 << 30);
      String name = types + " x " + categories + " seed " + seed;
      ChurnInstance instance = ChurnInstance.of(SyntheticInstances.paper(types, categories, seed));
      BranchAndBound.Result plain = solve(instance, order, false);
      BranchAndBound.Result pruned = solve(instance, order, true);
      assertThat(plain.complete()).as(name).isTrue();
      assertThat(pruned.complete()).as(name).isTrue();
      assertThat(pruned.plan().certified()).as(name).isTrue();
      // Both are EPSILON-optimal, so they may differ by EPSILON but no more.
      assertThat(pruned.plan().value()).as(name)
          .isCloseTo(plain.plan().value(), within(EPSILON));
      assertThat(pruned.nodesExpanded()).as(name).isLessThanOrEqualTo(plain.nodesExpanded());
      plainTotal += plain.nodesExpanded();
      prunedTotal += pruned.nodesExpanded();
    }
    assertThat(prunedTotal).as("dominance prunes something").isLessThan(plainTotal);
  }

  @Test
  void dominancePruningCertifiesTheInstanceWherePlainBranchAndBoundSpendsItsBudget() {
    ChurnInstance hard = hardFourByTwo();
    BranchAndBound.Settings settings =
        new BranchAndBound.Settings(1e-6, 1_000_000, 0, BranchAndBound.Order.DEPTH_FIRST);
    BranchAndBound.Result plain = BranchAndBound.solve(hard, settings.withTranspositions(false));
    assertThat(plain.complete()).isFalse();
    assertThat(plain.nodesExpanded()).isEqualTo(1_000_000);
    assertThat(plain.plan().certified()).isFalse();
    assertThat(plain.plan().gap()).isGreaterThan(1);
    BranchAndBound.Result pruned = BranchAndBound.solve(hard, settings);
    assertThat(pruned.complete()).isTrue();
    assertThat(pruned.plan().certified()).isTrue();
    assertThat(pruned.plan().gap()).isLessThanOrEqualTo(1e-6);
    assertThat(pruned.nodesExpanded()).isLessThan(1000);
    assertThat(pruned.plan().value()).isGreaterThanOrEqualTo(plain.plan().value() - 1e-6)
        .isLessThanOrEqualTo(plain.plan().upperBound());
    assertThat(pruned.plan().value())
        .isCloseTo(hard.sequenceValue(pruned.plan().prefix(), pruned.plan().tail()),
            within(1e-12));
  }

  @ParameterizedTest
  @EnumSource(BranchAndBound.Order.class)
  void aBudgetLimitedRunIsFlaggedUncertifiedWithItsBound(BranchAndBound.Order order) {
    ChurnInstance hard = hardFourByTwo();
    double optimum = BranchAndBound.solve(hard, BranchAndBound.Settings.exact(1e-9)).plan()
        .value();
    BranchAndBound.Result cut = BranchAndBound.solve(hard,
        new BranchAndBound.Settings(1e-6, 50, 0, order));
    Plan plan = cut.plan();
    assertThat(cut.complete()).isFalse();
    assertThat(cut.nodesExpanded()).isEqualTo(50);
    assertThat(plan.certified()).isFalse();
    assertThat(plan.upperBound()).isGreaterThanOrEqualTo(optimum);
    assertThat(plan.value()).isLessThanOrEqualTo(optimum + 1e-9);
    assertThat(plan.gap()).isEqualTo(plan.upperBound() - plan.value()).isGreaterThan(1e-6);
    assertThat(plan.toString()).contains("NOT certified");
  }
}
