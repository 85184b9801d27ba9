package org.recbench.protocol.population;

/**
 * A policy's linear model of the rewards: it scores product k for user n by C_{n,k}ᵀθ̂ with the
 * context C_{n,k} = v_n ⊗ w_k (Eq. 6, layout of {@link Population}) and recommends by the
 * softmax P(A = k) ∝ exp(a C_{n,k}ᵀθ̂) (Eq. 5), or greedily (a = +∞). Metrics read it at
 * checkpoints (‖θ̂ − θ‖, the simplex coordinates drawn with the policy's a).
 */
public interface LinearEstimate {

  /** Writes the current θ̂ into {@code dest[0 .. pq)} (zeros before the first step). */
  void copyEstimate(double[] dest);

  /** a ≥ 0 of the softmax; {@code +∞} for a greedy policy. */
  double inverseTemperature();
}
