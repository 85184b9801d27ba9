package org.recbench.lib.mnl;

import java.util.Arrays;

/**
 * The observations of an MNL model with linear utilities u_i = z_iᵀθ: per round, the feature
 * vectors z_i ∈ R^p of the offered items and the position of the chosen one (or
 * {@link MnlChoice#NO_PURCHASE}). Features are copied into one flat array that grows by
 * doubling, so appending a round allocates only when the capacity is exceeded.
 */
public final class ChoiceLog {

  private final int dimension;
  private double[] features;
  private int[] start;
  private int[] size;
  private int[] chosen;
  private int rounds;
  private int rows;
  private int maxSetSize;

  /** An empty log for feature dimension p, with room for {@code roundsHint} rounds of 4 items. */
  public ChoiceLog(int dimension, int roundsHint) {
    if (dimension < 1) {
      throw new IllegalArgumentException("feature dimension must be at least 1, got "
          + dimension);
    }
    int hint = Math.max(16, roundsHint);
    this.dimension = dimension;
    this.features = new double[4 * hint * dimension];
    this.start = new int[hint];
    this.size = new int[hint];
    this.chosen = new int[hint];
  }

  /**
   * Appends a round whose offered items have the feature rows {@code items[0..count)} of the
   * row-major matrix {@code itemFeatures} (one row of p entries per item); {@code chosenPosition}
   * is the position in {@code items} of the chosen item, or {@link MnlChoice#NO_PURCHASE}.
   */
  public void add(double[] itemFeatures, int[] items, int count, int chosenPosition) {
    if (count < 1) {
      throw new IllegalArgumentException("an offered set needs at least one item, got " + count);
    }
    if (chosenPosition < MnlChoice.NO_PURCHASE || chosenPosition >= count) {
      throw new IllegalArgumentException("chosen position " + chosenPosition
          + " is neither no purchase (-1) nor in 0.." + (count - 1));
    }
    reserve(count);
    start[rounds] = rows;
    size[rounds] = count;
    chosen[rounds] = chosenPosition;
    for (int k = 0; k < count; k++) {
      System.arraycopy(itemFeatures, items[k] * dimension, features, (rows + k) * dimension,
          dimension);
    }
    rows += count;
    rounds++;
    maxSetSize = Math.max(maxSetSize, count);
  }

  private void reserve(int count) {
    if (rounds == start.length) {
      int grown = 2 * start.length;
      start = Arrays.copyOf(start, grown);
      size = Arrays.copyOf(size, grown);
      chosen = Arrays.copyOf(chosen, grown);
    }
    if ((rows + count) * dimension > features.length) {
      features = Arrays.copyOf(features, Math.max(2 * features.length,
          (rows + count) * dimension));
    }
  }

  /** Feature dimension p. */
  public int dimension() {
    return dimension;
  }

  /** Number of rounds recorded. */
  public int rounds() {
    return rounds;
  }

  /** Largest offered set recorded. */
  public int maxSetSize() {
    return maxSetSize;
  }

  /** Index of round t's first feature row (row r starts at entry r·p of {@link #features}). */
  public int start(int round) {
    return start[round];
  }

  /** Number of items offered in round t. */
  public int size(int round) {
    return size[round];
  }

  /** Position of the chosen item in round t, or {@link MnlChoice#NO_PURCHASE}. */
  public int chosen(int round) {
    return chosen[round];
  }

  /** The flat feature array (read-only view; row r occupies entries r·p .. r·p + p − 1). */
  public double[] features() {
    return features;
  }
}
