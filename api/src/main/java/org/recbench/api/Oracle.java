package org.recbench.api;

/**
 * Expected rewards known to the environment, for regret metrics: regret is measured on
 * expectations, not on noisy draws. Both methods are evaluated at the observation the action
 * was taken at.
 *
 * @param <O> observation type
 * @param <A> action type
 */
public interface Oracle<O, A> {

  /** Expected reward of the best action at {@code observation}. */
  double bestExpectedReward(O observation);

  /** Expected reward of {@code action} at {@code observation}. */
  double expectedReward(O observation, A action);
}
