package org.recbench.churn.value;

import org.recbench.protocol.session.ChurnModel;
import org.recbench.protocol.session.LikeSequence;
import org.recbench.churn.model.BeliefTracker;
import org.recbench.churn.model.ChurnInstance;
import org.recbench.churn.plan.Plan;

/**
 * Exact values of the policies whose play is a fixed sequence given the number of likes
 * (branch and bound, DP and PBVI plans, best fixed, myopic with the known model). With weights
 * w_0 = q and w_t = w_{t−1} ∘ γP(·, a_t), V(π) = Σ_{t≥1} Σ_u w_{t−1}(u) P(u, a_t) (Lemma 2.3; γ = 1
 * is the paper's objective).
 *
 * <ul>
 *   <li>A prefix followed by a cycle c_1 … c_L repeated forever has a closed form: per type, one
 *       pass of the cycle from weight w earns w·ℓ(u) with ℓ(u) = Σ_j Π_{i&lt;j} γP(u, c_i)
 *       P(u, c_j) and leaves w·π(u), π(u) = Π_i γP(u, c_i), so the cycle is worth
 *       Σ_u w(u) ℓ(u)/(1 − π(u)). A {@link Plan} is the case L = 1.</li>
 *   <li>Any other sequence is summed step by step until the proven bound on the rest,
 *       UB(w_t) = Σ_u w_t(u) p*_u/(1 − γp*_u) (Lemma 5.1: no continuation earns more), is at
 *       most the tolerance.</li>
 * </ul>
 */
public final class ExactValue {

  /** Default bound on the unevaluated rest of a sequence known step by step. */
  public static final double TOLERANCE = 1e-10;
  /** Default cap on the recommendations evaluated one by one. */
  public static final long MAX_STEPS = 10_000_000;

  private ExactValue() {}

  /** The exact value of a plan: its prefix, then its tail forever. */
  public static PolicyValue of(ChurnInstance instance, Plan plan) {
    return ofSequence(instance, plan.prefix(), new int[] {plan.tail()});
  }

  /**
   * The exact value of {@code prefix} followed by {@code cycle} repeated forever.
   *
   * @throws IllegalArgumentException when the cycle is empty or a category is out of range
   */
  public static PolicyValue ofSequence(ChurnInstance instance, int[] prefix, int[] cycle) {
    if (cycle.length == 0) {
      throw new IllegalArgumentException("the repeated cycle needs at least one category");
    }
    checkCategories(instance, prefix);
    checkCategories(instance, cycle);
    double[] w = instance.priorWeights();
    double[] next = new double[w.length];
    double value = 0;
    for (int a : prefix) {
      value += instance.likeMass(w, a);
      instance.advance(w, a, next);
      double[] swap = w;
      w = next;
      next = swap;
    }
    double tail = cycle.length == 1 ? instance.fixedActionValue(w, cycle[0])
        : cycleValue(instance, w, cycle);
    value += tail;
    return new PolicyValue(value, value, prefix.length);
  }

  /**
   * The value of the sequence {@code rule} plays, summed until the bound on the rest is at most
   * {@code tolerance} or {@code maxSteps} recommendations were evaluated (the interval is then
   * wider). The belief handed to the rule is tracked with {@link BeliefTracker}, the class the
   * belief-tracking policies use, so the rule sees the same numbers as in play.
   */
  public static PolicyValue ofRule(ChurnInstance instance, BeliefRule rule, double tolerance,
      long maxSteps) {
    return ofSequence(instance, () -> {
      BeliefTracker belief = new BeliefTracker(instance.model());
      return new LikeSequence.Cursor() {
        private int likes;

        @Override
        public int next() {
          int category = rule.action(belief.belief(), likes++);
          if (category >= 0 && category < instance.categories()) {
            belief.liked(category);
          }
          return category;
        }
      };
    }, tolerance, maxSteps);
  }

  /**
   * The value of the sequence a policy plays while the user keeps liking: summed step by step
   * until the proven bound on the rest is at most {@code tolerance} or {@code maxSteps}
   * recommendations were evaluated (the interval is then wider), and closed with the fixed-action
   * value Σ_u w(u) P/(1 − γP) as soon as the cursor says it repeats its last category (an exact
   * point).
   *
   * @throws IllegalArgumentException when a recommended category is out of range
   */
  public static PolicyValue ofSequence(ChurnInstance instance, LikeSequence sequence,
      double tolerance, long maxSteps) {
    if (!(tolerance > 0) || maxSteps < 0) {
      throw new IllegalArgumentException("tolerance must be > 0 and maxSteps >= 0, were "
          + tolerance + ", " + maxSteps);
    }
    LikeSequence.Cursor cursor = sequence.start();
    double[] w = instance.priorWeights();
    double[] next = new double[w.length];
    double value = 0;
    long steps = 0;
    double rest = instance.upperBound(w);
    while (rest > tolerance && steps < maxSteps) {
      int a = cursor.next();
      if (a < 0 || a >= instance.categories()) {
        throw new IllegalArgumentException("the policy recommended category " + a + " after "
            + steps + " likes; the instance has " + instance.categories());
      }
      if (cursor.repeatsLast()) {
        value += instance.fixedActionValue(w, a);
        return new PolicyValue(value, value, steps + 1);
      }
      value += instance.likeMass(w, a);
      instance.advance(w, a, next);
      double[] swap = w;
      w = next;
      next = swap;
      steps++;
      rest = instance.upperBound(w);
    }
    return new PolicyValue(value, value + rest, steps);
  }

  /** Σ_u w(u) ℓ(u)/(1 − π(u)) for the cycle (see the class comment). */
  private static double cycleValue(ChurnInstance instance, double[] w, int[] cycle) {
    ChurnModel model = instance.model();
    double gamma = instance.discount();
    double total = 0;
    for (int u = 0; u < w.length; u++) {
      double survive = 1;
      double likes = 0;
      for (int a : cycle) {
        double p = model.like(u, a);
        likes += survive * p;
        survive *= gamma * p;
      }
      total += w[u] * likes / (1 - survive);
    }
    return total;
  }

  private static void checkCategories(ChurnInstance instance, int[] sequence) {
    for (int a : sequence) {
      if (a < 0 || a >= instance.categories()) {
        throw new IllegalArgumentException("category " + a + " is out of range: the instance has "
            + instance.categories() + " categories");
      }
    }
  }
}
