package org.recbench.menus.algorithm;

/**
 * What every menu algorithm is told up front: n items, menu size k, the horizon T (for step sizes
 * and schedules), and, for the algorithms that track the agent's memory (Section 3.3: "we assume
 * γ is known, so we can exactly track the agent's memory vector"), the discount γ and the
 * initial memory v_1 with its weight.
 */
public record MenuProblem(int items, int menuSize, long horizon, double gamma,
    double[] initialMemory, double initialWeight) {

  /**
   * @throws IllegalArgumentException unless 1 ≤ k ≤ n, T ≥ 1, γ ∈ (0, 1] and v_1 has n entries
   */
  public MenuProblem {
    if (menuSize < 1 || menuSize > items) {
      throw new IllegalArgumentException(
          "menu size k must be in [1, n]; got n = " + items + ", k = " + menuSize);
    }
    if (horizon < 1) {
      throw new IllegalArgumentException("horizon T must be >= 1, got " + horizon);
    }
    if (!(gamma > 0 && gamma <= 1)) {
      throw new IllegalArgumentException("discount gamma must be in (0, 1], got " + gamma);
    }
    if (initialMemory.length != items) {
      throw new IllegalArgumentException("initial memory must have n = " + items
          + " entries, got " + initialMemory.length);
    }
    initialMemory = initialMemory.clone();
  }

  /** A problem whose agent starts at the uniform memory with weight 1. */
  public static MenuProblem uniformStart(int items, int menuSize, long horizon, double gamma) {
    double[] u = new double[items];
    java.util.Arrays.fill(u, 1.0 / items);
    return new MenuProblem(items, menuSize, horizon, gamma, u, 1.0);
  }

  @Override
  public double[] initialMemory() {
    return initialMemory.clone();
  }

  /** The effective memory horizon 1/(1 − γ), infinite for γ = 1. */
  public double effectiveHorizon() {
    return gamma == 1.0 ? Double.POSITIVE_INFINITY : 1.0 / (1.0 - gamma);
  }
}
