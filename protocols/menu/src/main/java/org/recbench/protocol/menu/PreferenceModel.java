package org.recbench.protocol.menu;

/**
 * A preference model (Section 2.1): one scoring function f_i per item, mapping the agent's
 * memory vector v (a point of the simplex) to a score f_i(v) ∈ [λ, 1]. Shown a menu M, the agent
 * picks i ∈ M with probability f_i(v) / Σ_{j∈M} f_j(v). Implementations are immutable and may be
 * called from several threads.
 */
public interface PreferenceModel {

  /** Number of items n. */
  int items();

  /** The exploration term λ: every score is at least λ (and at most 1). */
  double lowerBound();

  /** Writes f(v) for memory vector {@code memory} into {@code out} (length n); allocates nothing. */
  void scores(double[] memory, double[] out);
}
