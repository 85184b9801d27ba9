package org.recbench.protocol.assortment;

/**
 * Capability {@code parameter-estimate}, provided by learning policies: their current estimate
 * of Θ̃ in the form of {@link BilinearParameter} (intercept row and column first), so that one
 * metric compares ELSA, Stacked and Vectorized UCB-MNL. Read at checkpoints only.
 */
public interface ParameterEstimate {

  /**
   * Writes the current Θ̂ (row-major, (d1 + 1) × (d2 + 1)) into {@code into} and returns true,
   * or returns false when the policy has no estimate yet (during its exploration).
   */
  boolean estimate(double[] into);
}
