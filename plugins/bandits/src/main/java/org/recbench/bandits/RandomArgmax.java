package org.recbench.bandits;

import java.util.random.RandomGenerator;

/**
 * Streaming argmax that breaks ties uniformly at random: the j-th arm tying the current maximum
 * replaces it with probability 1/j (reservoir sampling), so each of m tied arms wins with
 * probability 1/m. Draws from the generator only on exact ties.
 */
final class RandomArgmax {

  private final RandomGenerator rng;
  private int best;
  private double bestValue;
  private int ties;

  RandomArgmax(RandomGenerator rng) {
    this.rng = rng;
  }

  /** Forgets the previous search. */
  void start() {
    best = -1;
    bestValue = Double.NEGATIVE_INFINITY;
    ties = 0;
  }

  /** Considers {@code arm} with value {@code value}. */
  void offer(int arm, double value) {
    if (best < 0 || value > bestValue) {
      best = arm;
      bestValue = value;
      ties = 1;
    } else if (value == bestValue && rng.nextInt(++ties) == 0) {
      best = arm;
    }
  }

  /** The winning arm since {@link #start()}; -1 when no arm was offered. */
  int best() {
    return best;
  }
}
