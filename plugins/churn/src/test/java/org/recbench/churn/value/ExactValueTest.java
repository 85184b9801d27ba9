package org.recbench.churn.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recbench.api.Policy;
import org.recbench.protocol.session.ChurnModel;
import org.recbench.protocol.session.Reaction;
import org.recbench.protocol.session.Recommendation;
import org.recbench.protocol.session.LikeSequence;
import org.recbench.protocol.session.SessionObservation;
import org.recbench.protocol.session.SessionProtocol;
import org.recbench.baselines.BestFixedPolicy;
import org.recbench.baselines.MyopicPolicy;
import org.recbench.churn.TestInstances;
import org.recbench.churn.bnb.BranchAndBound;
import org.recbench.churn.dp.MultisetDynamicProgram;
import org.recbench.churn.model.ChurnInstance;
import org.recbench.churn.pbvi.PbviPolicy;
import org.recbench.churn.pbvi.PbviSolution;
import org.recbench.churn.pbvi.PointBasedValueIteration;
import org.recbench.churn.plan.Plan;
import org.recbench.churn.plan.PlanPolicy;
import org.recbench.churn.plan.PlanningCost;

class ExactValueTest {

  private static final int PLAYED = 20_000;
  private static final PlanningCost FREE = new PlanningCost(0, 0);

  /** The first {@value #PLAYED} categories the policy plays in a session of likes only. */
  private static int[] played(Policy<SessionObservation, Recommendation, Reaction> policy,
      int categories) {
    policy.startEpisode();
    int[] sequence = new int[PLAYED];
    for (int k = 0; k < PLAYED; k++) {
      SessionObservation observation = new SessionObservation(categories, k);
      Recommendation action = policy.act(observation);
      sequence[k] = action.category();
      policy.learn(observation, action, Reaction.LIKE);
    }
    return sequence;
  }

  /**
   * Σ_u q(u) Σ_{t ≤ N} Π_{i ≤ t} P(u, a_i) straight from the definition (Lemma 2.3), checking
   * that what is left after N steps is negligible (every P here is ≤ 0.99).
   */
  private static double bruteForce(ChurnModel model, int[] sequence) {
    double value = 0;
    for (int u = 0; u < model.types(); u++) {
      double survive = 1;
      double likes = 0;
      for (int a : sequence) {
        survive *= model.like(u, a);
        likes += survive;
      }
      assertThat(survive * 99).as("tail left after the played steps").isLessThan(1e-14);
      value += model.prior(u) * likes;
    }
    return value;
  }

  private static List<ChurnInstance> instances() {
    return TestInstances.random(25, 4, 4, 321);
  }

  @Test
  void planValueEqualsBruteForceOfThePlayedSequenceAndBranchAndBoundsOwnValue() {
    for (ChurnInstance instance : instances()) {
      Plan plan = BranchAndBound.solve(instance, BranchAndBound.Settings.exact(1e-9)).plan();
      PolicyValue exact = ExactValue.of(instance, plan);
      double brute = bruteForce(instance.model(),
          played(new PlanPolicy(plan, FREE), instance.categories()));
      assertThat(exact.gap()).isZero();
      assertThat(exact.value()).isCloseTo(brute, within(1e-10));
      assertThat(exact.value()).as("B&B's own value").isCloseTo(plan.value(), within(1e-12));
    }
  }

  @Test
  void dpAndBestFixedValuesEqualBruteForceOfThePlayedSequence() {
    for (ChurnInstance instance : instances()) {
      Plan dp = MultisetDynamicProgram.solve(instance,
          new MultisetDynamicProgram.Settings(100, 1e-9, 200_000)).plan();
      assertThat(ExactValue.of(instance, dp).value())
          .isCloseTo(bruteForce(instance.model(),
              played(new PlanPolicy(dp, FREE), instance.categories())), within(1e-10))
          .isCloseTo(dp.value(), within(1e-12));
      int best = BestFixedPolicy.bestCategory(instance.model());
      assertThat(ExactValue.of(instance, new Plan(new int[0], best, 0, 0, 0)).value())
          .isCloseTo(bruteForce(instance.model(),
              played(new BestFixedPolicy(best), instance.categories())), within(1e-10))
          .isCloseTo(BestFixedPolicy.fixedValue(instance.model(), best), within(1e-12));
    }
  }

  /** The sequence {@code policy} says it plays while the user keeps liking. */
  private static LikeSequence sequenceOf(Policy<?, ?, ?> policy) {
    return policy.capability(SessionProtocol.LIKE_SEQUENCE).orElseThrow();
  }

  @Test
  void myopicSequenceValueEqualsBruteForceOfTheMyopicPolicysPlay() {
    for (ChurnInstance instance : instances()) {
      ChurnModel model = instance.model();
      int[] sequence = played(new MyopicPolicy(model), instance.categories());
      PolicyValue value = ExactValue.ofSequence(instance, sequenceOf(new MyopicPolicy(model)),
          1e-13, PLAYED);
      assertThat(value.gap()).isLessThanOrEqualTo(1e-13);
      assertThat(value.value()).isCloseTo(bruteForce(model, sequence), within(1e-10));
    }
    ChurnInstance trap = ChurnInstance.of(TestInstances.myopicTrap());
    assertThat(ExactValue.ofSequence(trap, sequenceOf(new MyopicPolicy(trap.model())), 1e-13,
        PLAYED).value())
        .as("Prop. 2.5: myopic repeats category 0, worth 0.6 / 0.4").isCloseTo(1.5, within(1e-12));
  }

  @Test
  void aSequenceThatRepeatsItsLastCategoryIsClosedInOneStep() {
    ChurnInstance instance = ChurnInstance.of(TestInstances.myopicTrap());
    PolicyValue fixed = ExactValue.ofSequence(instance, sequenceOf(new BestFixedPolicy(1)),
        1e-13, PLAYED);
    assertThat(fixed.steps()).isEqualTo(1);
    assertThat(fixed.gap()).isZero();
    assertThat(fixed.value()).isEqualTo(instance.fixedActionValue(instance.priorWeights(), 1));
  }

  @Test
  void pbviRuleValueEqualsBruteForceOfThePbviPolicysPlayAndIsAtLeastItsStageValue() {
    for (ChurnInstance instance : TestInstances.random(10, 3, 3, 77)) {
      PbviSolution solution = PointBasedValueIteration.solve(instance,
          new PointBasedValueIteration.Settings(6, 40));
      PolicyValue value = ExactValue.ofRule(instance, solution::action, 1e-13, PLAYED);
      int[] sequence = played(new PbviPolicy(solution, instance.model(), FREE),
          instance.categories());
      assertThat(value.value()).isCloseTo(bruteForce(instance.model(), sequence), within(1e-10))
          .isGreaterThanOrEqualTo(solution.value() - 1e-12);
    }
  }

  @Test
  void aRepeatedCycleHasTheClosedFormOfItsUnrolledSequenceWithAndWithoutDiscount() {
    ChurnModel model = TestInstances.random(1, 3, 3, 8).get(0).model();
    int[] prefix = {0, 2};
    int[] cycle = {1, 0, 0};
    int[] unrolled = new int[PLAYED];
    for (int t = 0; t < PLAYED; t++) {
      unrolled[t] = t < prefix.length ? prefix[t] : cycle[(t - prefix.length) % cycle.length];
    }
    ChurnInstance instance = ChurnInstance.of(model);
    assertThat(ExactValue.ofSequence(instance, prefix, cycle).value())
        .isCloseTo(bruteForce(model, unrolled), within(1e-10));
    ChurnInstance discounted = ChurnInstance.discounted(model, 0.9);
    assertThat(ExactValue.ofSequence(discounted, prefix, cycle).value())
        .isCloseTo(ExactValue.ofRule(discounted,
            (belief, likes) -> unrolled[likes], 1e-14, PLAYED).value(), within(1e-12));
  }

  @Test
  void aTruncatedEvaluationBracketsTheValue() {
    ChurnInstance instance = ChurnInstance.of(TestInstances.myopicTrap());
    PolicyValue five = ExactValue.ofRule(instance, (belief, likes) -> 1, 1e-13, 5);
    double exact = 0.5 * 0.95 / 0.05 + 0.5 * 0.05 / 0.95;
    assertThat(five.steps()).isEqualTo(5);
    assertThat(five.value()).isLessThan(exact);
    assertThat(five.upperBound()).isGreaterThanOrEqualTo(exact);
    assertThat(five.gap()).isGreaterThan(1);
  }

  @Test
  void badSequencesAreRejectedWithTheirProblem() {
    ChurnInstance instance = ChurnInstance.of(TestInstances.myopicTrap());
    assertThatThrownBy(() -> ExactValue.ofSequence(instance, new int[0], new int[0]))
        .hasMessageContaining("at least one category");
    assertThatThrownBy(() -> ExactValue.ofSequence(instance, new int[] {2}, new int[] {0}))
        .hasMessageContaining("category 2 is out of range");
    assertThatThrownBy(() -> ExactValue.ofRule(instance, (b, k) -> 5, 1e-9, 10))
        .hasMessageContaining("recommended category 5");
  }
}
