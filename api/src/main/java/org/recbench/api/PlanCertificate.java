package org.recbench.api;

/**
 * What a planner proved about the plan it plays, in the units of its objective: the plan's value
 * at the start of an episode, a proven upper bound on the optimal value, and the optimality
 * target ε it was run with. The plan is <em>certified ε-optimal</em> when the bound lies within ε
 * of the value; a planner stopped by a budget or a timeout reports the bound it reached and an
 * uncertified plan. Provided by planning policies under
 * {@link StandardCapabilities#PLAN_CERTIFICATE}; the metrics {@code planned-value},
 * {@code certified-bound}, {@code certified-gap} and {@code certified} read it.
 *
 * @param value the plan's value (exact, or a proven lower bound on it)
 * @param upperBound a proven upper bound on the optimal value; NaN when the planner proves none
 * @param epsilon the optimality target the planner was run with (≥ 0)
 */
public record PlanCertificate(double value, double upperBound, double epsilon) {

  /** Validates the target. */
  public PlanCertificate {
    if (!(epsilon >= 0)) {
      throw new IllegalArgumentException("epsilon must be >= 0, was " + epsilon);
    }
  }

  /**
   * The certified gap, upper bound minus value (0 when the bound is met), so the optimum exceeds
   * the plan's value by at most this; NaN without a bound.
   */
  public double gap() {
    return Math.max(0, upperBound - value);
  }

  /** Whether the plan is certified ε-optimal: {@link #gap()} ≤ {@link #epsilon()}. */
  public boolean certified() {
    return gap() <= epsilon;
  }
}
