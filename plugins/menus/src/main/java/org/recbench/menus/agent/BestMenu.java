package org.recbench.menus.agent;

/**
 * The menu with the highest expected reward for an agent with scores f this round,
 * max over k-sets M of Σ_{i∈M} f_i r_i / Σ_{i∈M} f_i: the per-step best action the environment
 * reports for regret and the choice of the myopic oracle. A ratio of linear functions over
 * k-subsets is maximised exactly by Dinkelbach's method (Dinkelbach, Management Science 1967):
 * with θ the value of the current menu, the k items with the largest f_i (r_i − θ) form a menu of
 * value ≥ θ, strictly greater unless the current menu is optimal (then the top-k sum is 0). The
 * value increases strictly, so the iteration visits each menu at most once and stops at the
 * optimum, in a few O(nk) passes in practice. Allocation-free.
 */
public final class BestMenu {

  private static final int MAX_ITERATIONS = 1000;

  private final int n;
  private final int k;
  private final double[] weight;
  private final boolean[] taken;
  private final int[] candidate;

  /**
   * @throws IllegalArgumentException unless 1 ≤ k ≤ n
   */
  public BestMenu(int items, int menuSize) {
    if (menuSize < 1 || menuSize > items) {
      throw new IllegalArgumentException(
          "menu size k must be in [1, n]; got n = " + items + ", k = " + menuSize);
    }
    this.n = items;
    this.k = menuSize;
    this.weight = new double[items];
    this.taken = new boolean[items];
    this.candidate = new int[menuSize];
  }

  /**
   * Writes a best menu for {@code scores} (positive) and {@code rewards} into {@code out}
   * (length k) and returns its expected reward.
   */
  public double find(double[] scores, double[] rewards, int[] out) {
    topK(rewards, out);
    double value = value(scores, rewards, out);
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      for (int i = 0; i < n; i++) {
        weight[i] = scores[i] * (rewards[i] - value);
      }
      topK(weight, candidate);
      double next = value(scores, rewards, candidate);
      if (!(next > value)) {
        break;
      }
      value = next;
      System.arraycopy(candidate, 0, out, 0, k);
    }
    return value;
  }

  /** Σ_{i∈M} f_i r_i / Σ_{i∈M} f_i. */
  static double value(double[] scores, double[] rewards, int[] menu) {
    double total = 0;
    double weighted = 0;
    for (int item : menu) {
      total += scores[item];
      weighted += scores[item] * rewards[item];
    }
    return weighted / total;
  }

  /** The k indices with the largest {@code values} (ties: lower index), O(nk). */
  private void topK(double[] values, int[] out) {
    java.util.Arrays.fill(taken, false);
    for (int j = 0; j < k; j++) {
      int best = -1;
      for (int i = 0; i < n; i++) {
        if (!taken[i] && (best < 0 || values[i] > values[best])) {
          best = i;
        }
      }
      taken[best] = true;
      out[j] = best;
    }
  }
}
