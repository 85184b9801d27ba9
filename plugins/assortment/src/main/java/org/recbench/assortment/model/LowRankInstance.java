package org.recbench.assortment.model;

import java.util.random.RandomGenerator;

/**
 * One synthetic LOAD instance (paper 003, Sec. 5.1): the choice model, the capacity K, the
 * algebraic rank of Θ̃ and the misspecification mode. Contexts are fresh standard normal
 * vectors each round; the items stay fixed.
 */
public record LowRankInstance(BilinearMnl model, int capacity, int rank,
    Misspecification mode) {

  /** Validates the capacity. */
  public LowRankInstance {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be ≥ 1, got " + capacity);
    }
  }

  /** Draws the next user's context x ~ N(0, I_{d1}) into {@code out}. */
  public void drawContext(RandomGenerator rng, double[] out) {
    for (int a = 0; a < model.userDimension(); a++) {
      out[a] = rng.nextGaussian();
    }
  }
}
