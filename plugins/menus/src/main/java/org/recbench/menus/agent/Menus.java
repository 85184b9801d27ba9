package org.recbench.menus.agent;

import java.util.random.RandomGenerator;

/** Menus as int arrays of k distinct items: validation and uniform random draws. */
public final class Menus {

  private Menus() {
  }

  /**
   * @throws IllegalArgumentException unless {@code menu} has exactly k distinct items in [0, n)
   */
  public static void requireValid(int[] menu, int n, int k) {
    if (menu.length != k) {
      throw new IllegalArgumentException(
          "a menu must hold exactly k = " + k + " items, got " + menu.length);
    }
    for (int j = 0; j < k; j++) {
      if (menu[j] < 0 || menu[j] >= n) {
        throw new IllegalArgumentException("menu item " + menu[j] + " is not in [0, " + n + ")");
      }
      for (int l = 0; l < j; l++) {
        if (menu[l] == menu[j]) {
          throw new IllegalArgumentException("menu repeats item " + menu[j]
              + ": a menu must hold k = " + k + " distinct items");
        }
      }
    }
  }

  /**
   * Draws a uniformly random k-subset into {@code out} by a partial Fisher–Yates shuffle of
   * {@code permutation} (any permutation of 0..n−1, reused across calls).
   */
  public static void randomSubset(int[] permutation, RandomGenerator random, int[] out) {
    int n = permutation.length;
    for (int j = 0; j < out.length; j++) {
      int r = j + random.nextInt(n - j);
      int swap = permutation[j];
      permutation[j] = permutation[r];
      permutation[r] = swap;
      out[j] = permutation[j];
    }
  }

  /** The identity permutation of 0..n−1, for {@link #randomSubset}. */
  public static int[] identity(int n) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    return p;
  }

  /**
   * Writes the k items with the smallest {@code memory} weight other than {@code excluded} (−1 for
   * none) into {@code out[offset, offset + count)}; ties by lower index. O(n·count).
   */
  public static void smallest(double[] memory, int excluded, int count, int[] out, int offset) {
    for (int j = 0; j < count; j++) {
      int best = -1;
      for (int i = 0; i < memory.length; i++) {
        if (i == excluded || contains(out, offset, offset + j, i)) {
          continue;
        }
        if (best < 0 || memory[i] < memory[best]) {
          best = i;
        }
      }
      out[offset + j] = best;
    }
  }

  private static boolean contains(int[] a, int from, int to, int value) {
    for (int j = from; j < to; j++) {
      if (a[j] == value) {
        return true;
      }
    }
    return false;
  }
}
