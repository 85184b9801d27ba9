package org.recbench.protocol.menu;

/**
 * Observation of the {@link MenuProtocol}: what a recommender may see before a round — the
 * round number within the game, the number of items n, the menu size k and the length T of the
 * game (the paper's algorithms are tuned to a known horizon). A mutable holder: an environment
 * keeps two and alternates them, so that an observation stays intact for the whole step it
 * belongs to (see the object-lifetime rules of {@code org.recbench.api}).
 */
public final class MenuObservation {

  private final int items;
  private final int menuSize;
  private final long rounds;
  private long round;

  /**
   * An observation of round 0.
   *
   * @throws IllegalArgumentException unless 1 ≤ k ≤ n and T ≥ 1
   */
  public MenuObservation(int items, int menuSize, long rounds) {
    if (menuSize < 1 || menuSize > items) {
      throw new IllegalArgumentException("menu size k must be in [1, n]; got n = " + items
          + ", k = " + menuSize);
    }
    if (rounds < 1) {
      throw new IllegalArgumentException("a game needs at least one round, got " + rounds);
    }
    this.items = items;
    this.menuSize = menuSize;
    this.rounds = rounds;
  }

  /** Number of items n. */
  public int items() {
    return items;
  }

  /** Menu size k: every menu holds exactly k distinct items. */
  public int menuSize() {
    return menuSize;
  }

  /** Number of rounds T of the game (an episode). */
  public long rounds() {
    return rounds;
  }

  /** The current round t ∈ [0, T), counted from the start of the game. */
  public long round() {
    return round;
  }

  /**
   * Overwrites the round; returns this holder.
   *
   * @throws IllegalArgumentException unless 0 ≤ t &lt; T
   */
  public MenuObservation at(long t) {
    if (t < 0 || t >= rounds) {
      throw new IllegalArgumentException("round must be in [0, " + rounds + "), got " + t);
    }
    this.round = t;
    return this;
  }

  @Override
  public String toString() {
    return "MenuObservation[round=" + round + " of " + rounds + ", n=" + items + ", k="
        + menuSize + "]";
  }
}
