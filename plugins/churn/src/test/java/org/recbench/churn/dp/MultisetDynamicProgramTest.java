package org.recbench.churn.dp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.recbench.churn.SarsopFixture;
import org.recbench.churn.TestInstances;
import org.recbench.churn.bnb.BranchAndBound;
import org.recbench.churn.model.ChurnInstance;
import org.recbench.churn.model.SyntheticInstances;
import org.recbench.churn.plan.Plan;

class MultisetDynamicProgramTest {

  private static final double TOLERANCE = 1e-10;

  private static MultisetDynamicProgram.Result solve(ChurnInstance instance) {
    int horizon = Math.min(MultisetDynamicProgram.maxDepth(instance.categories()), 5000);
    return MultisetDynamicProgram.solve(instance,
        new MultisetDynamicProgram.Settings(horizon, TOLERANCE, 5_000_000));
  }

  /**
   * Where B&amp;B finishes, both are exact and must agree; where its budget runs out (two
   * near-certain types with different favourites), its certified interval must still hold the
   * DP's value.
   */
  @Test
  void dpAgreesWithBranchAndBoundOnRandomInstances() {
    int agreed = 0;
    for (ChurnInstance instance : TestInstances.random(60, 4, 3, 31)) {
      MultisetDynamicProgram.Result dp = solve(instance);
      BranchAndBound.Result bnb = BranchAndBound.solve(instance, new BranchAndBound.Settings(
          1e-11, 200_000, 0, BranchAndBound.Order.DEPTH_FIRST));
      assertThat(dp.complete()).isTrue();
      assertThat(dp.plan().upperBound() - dp.plan().value()).isLessThanOrEqualTo(TOLERANCE);
      if (bnb.complete()) {
        assertThat(dp.plan().value()).isCloseTo(bnb.plan().value(), within(1e-9));
        agreed++;
      } else {
        assertThat(dp.plan().value()).isGreaterThanOrEqualTo(bnb.plan().value() - 1e-12)
            .isLessThanOrEqualTo(bnb.plan().upperBound() + 1e-12);
      }
    }
    assertThat(agreed).isGreaterThanOrEqualTo(50);
  }

  @Test
  void dpPlanValueIsTheExactValueOfItsSequence() {
    for (ChurnInstance instance : TestInstances.random(30, 4, 3, 8)) {
      Plan plan = solve(instance).plan();
      assertThat(plan.value())
          .isCloseTo(instance.sequenceValue(plan.prefix(), plan.tail()), within(1e-12));
    }
  }

  @Test
  void dpReproducesTheExactValuesOfTheSarsopFixtures() {
    for (SarsopFixture fixture : SarsopFixture.all()) {
      Plan undiscounted = solve(ChurnInstance.of(fixture.model())).plan();
      Plan discounted = solve(ChurnInstance.discounted(fixture.model(), fixture.discount())).plan();
      assertThat(undiscounted.value()).as(fixture.name())
          .isCloseTo(fixture.exactUndiscounted(), within(1e-6));
      assertThat(discounted.value()).as(fixture.name())
          .isCloseTo(fixture.exactDiscounted(), within(1e-6));
    }
  }

  @Test
  void dpCertifiesTheInstanceThatPlainBranchAndBoundCannotCloseQuickly() {
    ChurnInstance hard = ChurnInstance.of(SyntheticInstances.generate(6, 2, new SplittableRandom(13)));
    BranchAndBound.Settings settings = new BranchAndBound.Settings(1e-9, 100_000, 0,
        BranchAndBound.Order.DEPTH_FIRST);
    assertThat(BranchAndBound.solve(hard, settings.withTranspositions(false)).complete()).isFalse();
    MultisetDynamicProgram.Result dp = MultisetDynamicProgram.solve(hard,
        new MultisetDynamicProgram.Settings(100_000, 1e-6, 5_000_000));
    assertThat(dp.complete()).isTrue();
    assertThat(dp.plan().certified()).isTrue();
    assertThat(dp.plan().upperBound() - dp.plan().value()).isLessThanOrEqualTo(1e-6);
    BranchAndBound.Result pruned = BranchAndBound.solve(hard, settings);
    assertThat(pruned.plan().certified()).as("B&B with dominance pruning certifies it too").isTrue();
    assertThat(pruned.plan().value()).isCloseTo(dp.plan().value(), within(1e-6));
  }

  @Test
  void aShortHorizonGivesACertifiedIntervalAroundTheOptimum() {
    SarsopFixture fixture = SarsopFixture.load("churn_U2_A2_s1");
    MultisetDynamicProgram.Result shallow = MultisetDynamicProgram.solve(
        ChurnInstance.of(fixture.model()), new MultisetDynamicProgram.Settings(5, 1e-11, 1000));
    assertThat(shallow.complete()).isFalse();
    assertThat(shallow.depth()).isEqualTo(5);
    assertThat(shallow.plan().value()).isLessThanOrEqualTo(fixture.exactUndiscounted());
    assertThat(shallow.plan().upperBound()).isGreaterThanOrEqualTo(fixture.exactUndiscounted());
  }

  @Test
  void beliefDependsOnlyOnTheMultisetOfLikedCategories() {
    ChurnInstance four = ChurnInstance.of(SyntheticInstances.generate(4, 3, new SplittableRandom(4)));
    double[] forward = weightsAfter(four, 0, 1, 2, 1);
    double[] backward = weightsAfter(four, 1, 2, 1, 0);
    assertThat(forward).containsExactly(backward, within(1e-15));
  }

  @Test
  void moreCategoriesThanTheKeysHoldAreRejected() {
    ChurnInstance nine = ChurnInstance.of(SyntheticInstances.generate(2, 9, new SplittableRandom(1)));
    assertThatThrownBy(() -> MultisetDynamicProgram.solve(nine,
        new MultisetDynamicProgram.Settings(10, TOLERANCE, 1000)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 8 categories");
  }

  private static double[] weightsAfter(ChurnInstance instance, int... categories) {
    double[] w = instance.priorWeights();
    for (int a : categories) {
      double[] next = new double[w.length];
      instance.advance(w, a, next);
      w = next;
    }
    return w;
  }
}
