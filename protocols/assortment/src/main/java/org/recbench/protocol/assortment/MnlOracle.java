package org.recbench.protocol.assortment;

/**
 * Capability {@code mnl-oracle}: the environment's true choice model asked about the current
 * user — the expected revenue R(S) = Σ_{i∈S} r_i P(i | S) of any set, and the optimal set
 * argmax_{|S| ≤ K} R(S) with its revenue — for oracle baselines and tests. Both are functions
 * of the observation the question is about (an observation of the current or the previous
 * round, within its lifetime). Regret does not use it: environments record the expected
 * revenues in every outcome.
 */
public interface MnlOracle {

  /** R(S) for the user of {@code observation}. */
  double expectedRevenue(AssortmentObservation observation, Assortment offered);

  /**
   * Writes an optimal set for the user of {@code observation} into {@code into} (which must
   * hold K items) and returns its expected revenue.
   */
  double optimalSet(AssortmentObservation observation, Assortment into);

  /** max_{1 ≤ |S| ≤ K} R(S) for the user of {@code observation}. */
  double optimalRevenue(AssortmentObservation observation);
}
