package org.recbench.churn.value;

/**
 * A deterministic session policy written as what it does: the category it recommends after
 * {@code likes} likes, given the belief over types it tracks from the prior (b'(u) ∝ b(u)P(u, a)
 * after each like, Eq. 1, normalised as {@link org.recbench.churn.model.BeliefTracker} does).
 * Within a session only likes continue, so such a policy plays one fixed sequence.
 */
@FunctionalInterface
public interface BeliefRule {

  /** The category to recommend at {@code belief} after {@code likes} likes. */
  int action(double[] belief, int likes);
}
