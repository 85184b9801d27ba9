package org.recbench.menus.preference;

import java.util.random.RandomGenerator;

/**
 * The agent's choice rule (Section 2.2): shown menu M at memory v, item i ∈ M is chosen with
 * probability f_i(v) / Σ_{j∈M} f_j(v), and items outside M with probability 0.
 */
public final class Choice {

  private Choice() {
  }

  /** Writes the menu-conditional choice distribution over all n items into {@code out}. */
  public static void probabilities(double[] scores, int[] menu, double[] out) {
    java.util.Arrays.fill(out, 0.0);
    double total = menuScore(scores, menu);
    for (int item : menu) {
      out[item] = scores[item] / total;
    }
  }

  /** The expected reward Σ_{i∈M} f_i r_i / Σ_{j∈M} f_j of showing {@code menu}. */
  public static double expectedReward(double[] scores, int[] menu, double[] rewards) {
    double total = 0;
    double weighted = 0;
    for (int item : menu) {
      total += scores[item];
      weighted += scores[item] * rewards[item];
    }
    return weighted / total;
  }

  /** Draws the agent's choice from {@code menu}. */
  public static int sample(double[] scores, int[] menu, RandomGenerator random) {
    double u = random.nextDouble() * menuScore(scores, menu);
    double cumulative = 0;
    for (int item : menu) {
      cumulative += scores[item];
      if (u < cumulative) {
        return item;
      }
    }
    return menu[menu.length - 1];
  }

  /** Σ_{j∈M} f_j. */
  public static double menuScore(double[] scores, int[] menu) {
    double total = 0;
    for (int item : menu) {
      total += scores[item];
    }
    return total;
  }
}
