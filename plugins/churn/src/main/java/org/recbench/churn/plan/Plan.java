package org.recbench.churn.plan;

import java.util.Arrays;
import org.recbench.api.PlanCertificate;

/**
 * A session policy of paper 002 written as what it is: since a dislike ends the session, a policy
 * is a sequence of categories (Sec. 2.1). A plan is a finite prefix followed by one category
 * repeated forever (Remark 5.3), with its exact value at the prior and the planner's certificate:
 * a proven upper bound on the optimal value V*(q), hence a certified gap V*(q) − value ≤
 * {@link #gap()}, and the target ε the planner was asked for. The plan is <em>certified
 * ε-optimal</em> when that gap is at most ε; a planner stopped by its budget returns an
 * uncertified plan with the bound it had proven.
 */
public final class Plan {

  private final int[] prefix;
  private final int tail;
  private final double value;
  private final double upperBound;
  private final double epsilon;

  /**
   * Creates the plan. Trailing copies of the tail category are dropped from the prefix: they
   * describe the same sequence.
   *
   * @param prefix categories recommended first, in order
   * @param tail category recommended after the prefix, forever
   * @param value exact value of the plan at the prior (expected number of likes)
   * @param upperBound proven upper bound on the optimal value V*(q)
   * @param epsilon the optimality target the planner was run with (≥ 0)
   */
  public Plan(int[] prefix, int tail, double value, double upperBound, double epsilon) {
    if (!(epsilon >= 0)) {
      throw new IllegalArgumentException("epsilon must be >= 0, was " + epsilon);
    }
    int length = prefix.length;
    while (length > 0 && prefix[length - 1] == tail) {
      length--;
    }
    this.prefix = Arrays.copyOf(prefix, length);
    this.tail = tail;
    this.value = value;
    this.upperBound = upperBound;
    this.epsilon = epsilon;
  }

  /** The category to recommend after {@code likes} likes in the session. */
  public int action(int likes) {
    return likes < prefix.length ? prefix[likes] : tail;
  }

  /** Number of categories before the tail starts. */
  public int prefixLength() {
    return prefix.length;
  }

  /** A copy of the prefix. */
  public int[] prefix() {
    return prefix.clone();
  }

  /** The category repeated after the prefix. */
  public int tail() {
    return tail;
  }

  /** Exact value of the plan at the prior. */
  public double value() {
    return value;
  }

  /** Proven upper bound on V*(q). */
  public double upperBound() {
    return upperBound;
  }

  /** Certified gap: upper bound minus value, so V*(q) − value ≤ gap (0 when the bound is met). */
  public double gap() {
    return Math.max(0, upperBound - value);
  }

  /** The optimality target ε the planner was run with. */
  public double epsilon() {
    return epsilon;
  }

  /** Whether the plan is certified ε-optimal: {@link #gap()} ≤ {@link #epsilon()}. */
  public boolean certified() {
    return gap() <= epsilon;
  }

  /** The certificate as the harness's metrics read it (value, bound, ε). */
  public PlanCertificate certificate() {
    return new PlanCertificate(value, upperBound, epsilon);
  }

  @Override
  public String toString() {
    return "Plan" + Arrays.toString(prefix) + " then " + tail + " forever, value " + value
        + " (optimum <= " + upperBound + (certified() ? ", certified " : ", NOT certified ")
        + epsilon + "-optimal)";
  }
}
