package org.recbench.menus.agent;

/**
 * Ranks and unranks k-subsets of {0, …, n−1} in the combinatorial number system (colexicographic
 * order), so an arm index of the one-arm-per-menu EXP3 baseline maps to its menu in O(n).
 */
public final class Combinations {

  private final int n;
  private final int k;
  private final long[][] binomial;

  /**
   * @throws IllegalArgumentException unless 1 ≤ k ≤ n ≤ 62
   */
  public Combinations(int n, int k) {
    if (k < 1 || k > n || n > 62) {
      throw new IllegalArgumentException("need 1 <= k <= n <= 62, got n = " + n + ", k = " + k);
    }
    this.n = n;
    this.k = k;
    this.binomial = new long[n + 1][k + 1];
    for (int m = 0; m <= n; m++) {
      binomial[m][0] = 1;
      for (int j = 1; j <= Math.min(m, k); j++) {
        binomial[m][j] = binomial[m - 1][j - 1] + (j <= m - 1 ? binomial[m - 1][j] : 0);
      }
    }
  }

  /** C(n, k). */
  public long count() {
    return binomial[n][k];
  }

  /** Writes the subset of rank {@code rank} ∈ [0, C(n, k)) into {@code out}, increasing. */
  public void unrank(long rank, int[] out) {
    long r = rank;
    int m = n - 1;
    for (int j = k; j >= 1; j--) {
      while (binomial[m][j] > r) {
        m--;
      }
      out[j - 1] = m;
      r -= binomial[m][j];
      m--;
    }
  }

  /** The rank of an increasing subset. */
  public long rank(int[] subset) {
    long r = 0;
    for (int j = 0; j < k; j++) {
      r += binomial[subset[j]][j + 1];
    }
    return r;
  }
}
