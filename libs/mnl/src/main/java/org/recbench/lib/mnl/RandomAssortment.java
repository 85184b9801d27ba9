package org.recbench.lib.mnl;

import java.util.random.RandomGenerator;

/**
 * A uniformly random assortment: {@code size} distinct items out of N, every subset equally
 * likely (Floyd's algorithm, O(size²) without scratch memory). Used by the exploration phases of
 * UCB-MNL (Oh and Iyengar 2021, Alg. 1) and ELSA (paper 003, Alg. 2).
 */
public final class RandomAssortment {

  private RandomAssortment() {
  }

  /** Writes min(size, items) distinct indices of 0..items-1 into {@code out} and returns the count. */
  public static int draw(RandomGenerator rng, int items, int size, int[] out) {
    if (items < 1 || size < 1) {
      throw new IllegalArgumentException("a random assortment needs items ≥ 1 and size ≥ 1, got "
          + items + " and " + size);
    }
    int k = Math.min(size, items);
    int count = 0;
    for (int j = items - k; j < items; j++) {
      int t = rng.nextInt(j + 1);
      out[count] = contains(out, count, t) ? j : t;
      count++;
    }
    return k;
  }

  private static boolean contains(int[] values, int count, int value) {
    for (int k = 0; k < count; k++) {
      if (values[k] == value) {
        return true;
      }
    }
    return false;
  }
}
