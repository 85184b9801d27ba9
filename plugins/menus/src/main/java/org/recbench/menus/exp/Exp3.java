package org.recbench.menus.exp;

import java.util.random.RandomGenerator;

/**
 * EXP3 (Auer, Cesa-Bianchi, Freund and Schapire, SIAM J. Comput. 2002) for rewards in [0, 1]:
 * p_a = (1 − γ) w_a / Σ w + γ / A, and after pulling a with reward r,
 * w_a ← w_a · exp(γ r / (A p_a)). Weights live in a sum tree, so a draw and an update cost
 * O(log A) even for the C(n, k) arms of the one-arm-per-menu baseline; weights are rescaled
 * (O(A), rarely) before they overflow. No allocation per round.
 */
public final class Exp3 {

  private static final double RESCALE_ABOVE = 1e250;

  private final int arms;
  private final double gamma;
  private final int leaves;
  private final double[] tree;
  private final RandomGenerator random;

  /**
   * @param gamma exploration γ ∈ (0, 1]
   * @throws IllegalArgumentException unless arms ≥ 1 and γ ∈ (0, 1]
   */
  public Exp3(int arms, double gamma, RandomGenerator random) {
    if (arms < 1) {
      throw new IllegalArgumentException("EXP3 needs at least one arm, got " + arms);
    }
    if (!(gamma > 0 && gamma <= 1)) {
      throw new IllegalArgumentException("EXP3 exploration gamma must be in (0, 1], got " + gamma);
    }
    this.arms = arms;
    this.gamma = gamma;
    int size = 1;
    while (size < arms) {
      size <<= 1;
    }
    this.leaves = size;
    this.tree = new double[2 * size];
    for (int a = 0; a < arms; a++) {
      tree[size + a] = 1.0;
    }
    for (int node = size - 1; node >= 1; node--) {
      tree[node] = tree[2 * node] + tree[2 * node + 1];
    }
    this.random = random;
  }

  /**
   * Auer et al.'s tuning for N pulls with A arms: γ = min(1, √(A ln A / ((e − 1) N))).
   */
  public static double tunedGamma(long arms, long pulls) {
    if (arms <= 1) {
      return 1.0;
    }
    return Math.min(1.0, Math.sqrt(arms * Math.log(arms) / ((Math.E - 1) * Math.max(1, pulls))));
  }

  /** Draws an arm from p. */
  public int draw() {
    if (random.nextDouble() < gamma) {
      return random.nextInt(arms);
    }
    double u = random.nextDouble() * tree[1];
    int node = 1;
    while (node < leaves) {
      int left = 2 * node;
      if (u < tree[left] || tree[left + 1] == 0) {
        node = left;
      } else {
        u -= tree[left];
        node = left + 1;
      }
    }
    return Math.min(node - leaves, arms - 1);
  }

  /** p_a. */
  public double probability(int arm) {
    return (1 - gamma) * tree[leaves + arm] / tree[1] + gamma / arms;
  }

  /** The importance-weighted exponential update for the pulled arm. */
  public void update(int arm, double reward) {
    double p = probability(arm);
    double w = tree[leaves + arm] * Math.exp(gamma * reward / (arms * p));
    if (w > RESCALE_ABOVE) {
      rescale(w);
      w = tree[leaves + arm] * Math.exp(gamma * reward / (arms * p));
    }
    set(arm, w);
  }

  private void set(int arm, double w) {
    int node = leaves + arm;
    tree[node] = w;
    for (node >>= 1; node >= 1; node >>= 1) {
      tree[node] = tree[2 * node] + tree[2 * node + 1];
    }
  }

  private void rescale(double by) {
    for (int a = 0; a < arms; a++) {
      tree[leaves + a] /= by;
    }
    for (int node = leaves - 1; node >= 1; node--) {
      tree[node] = tree[2 * node] + tree[2 * node + 1];
    }
  }

  /** Number of arms A. */
  public int arms() {
    return arms;
  }

  /** The exploration γ. */
  public double gamma() {
    return gamma;
  }
}
