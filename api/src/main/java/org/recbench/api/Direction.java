package org.recbench.api;

/** Which way a metric improves; drives ranks and "best policy" in leaderboards. */
public enum Direction {
  /** Larger values are better (reward). */
  HIGHER_IS_BETTER,
  /** Smaller values are better (regret, time). */
  LOWER_IS_BETTER,
  /** Descriptive only (steps, episode length): not ranked unless a scenario says how. */
  NEUTRAL
}
