package org.recbench.menus.preference;

/**
 * A preference model (Section 2.1): one scoring function f_i per item, mapping the agent's
 * memory vector v to a score f_i(v) ∈ [λ, 1]. Shown a menu M, the agent picks i ∈ M with
 * probability f_i(v) / Σ_{j∈M} f_j(v) (see {@link Choice}).
 */
public interface PreferenceModel {

  /** Number of items n. */
  int items();

  /** The exploration term λ: every score is at least λ (and at most 1). */
  double lowerBound();

  /** Writes f(v) into {@code out} (length n); must not allocate. */
  void scores(double[] memory, double[] out);
}
