package org.recbench.api;

/**
 * One step as seen by a {@link Metric}, after the policy learned from it. The harness overwrites
 * step objects from one step to the next (and may hand a metric another instance at any step),
 * and the observation, action and outcome a step refers to follow the object-lifetime rules of
 * {@link org.recbench.api}: a metric neither keeps the step nor what it refers to, and copies
 * what it needs before {@link Metric#record} returns.
 *
 * @param <O> observation type
 * @param <A> action type
 * @param <F> feedback type
 */
public interface Step<O, A, F> {

  /** Number of steps taken in the trial before this one (0 for the first step). */
  long t();

  /** Index of the current episode (0-based). */
  int episode();

  /** Number of steps taken in the current episode before this one. */
  int stepInEpisode();

  /** Observation the action was chosen at. */
  O observation();

  /** The action taken. */
  A action();

  /** The environment's answer, with this step's expected rewards when the environment knows them. */
  Outcome<O, F> outcome();

  /**
   * Wall time of {@link Policy#act} in nanoseconds, measured only when a selected metric requires
   * {@link StandardCapabilities#DECISION_TIMER}; otherwise 0.
   */
  long decisionNanos();

  /**
   * Wall time of {@link Policy#learn} in nanoseconds, measured only when a selected metric
   * requires {@link StandardCapabilities#DECISION_TIMER}; otherwise 0.
   */
  long learnNanos();

  /** Capabilities of the environment and the policy of this trial (all of them). */
  Capabilities capabilities();
}
