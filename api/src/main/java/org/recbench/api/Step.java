package org.recbench.api;

/**
 * One step as seen by a {@link Metric}. The harness reuses a single instance per trial, so a
 * metric must copy what it needs before {@link Metric#record} returns.
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

  /** The environment's answer. */
  Outcome<O, F> outcome();

  /**
   * Wall time of {@link Policy#act} in nanoseconds, measured only when a selected metric requires
   * {@link StandardCapabilities#DECISION_TIMER}; otherwise 0.
   */
  long decisionNanos();

  /** Capabilities of the environment and the policy of this trial (all of them). */
  Capabilities capabilities();
}
