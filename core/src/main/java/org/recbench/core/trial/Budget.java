package org.recbench.core.trial;

import java.io.Serializable;

/**
 * How long a trial runs: a number of steps (horizon) or of episodes. Checkpoints count in the
 * same unit.
 *
 * @param unit steps or episodes
 * @param length number of steps or episodes, at least 1
 */
public record Budget(Unit unit, long length) implements Serializable {

  /** The unit a trial's length and checkpoints are counted in. */
  public enum Unit {
    /** Environment steps over the whole trial (the scenario's {@code horizon}). */
    STEPS,
    /** Completed episodes (the scenario's {@code episodes}). */
    EPISODES
  }

  /** Validates the length. */
  public Budget {
    if (length < 1) {
      throw new IllegalArgumentException("budget length must be >= 1, was " + length);
    }
  }
}
