package org.recbench.assortment.model;

import org.recbench.lib.mnl.StaticMnl;

/**
 * The context-free MNL bandit (Agrawal, Avadhanula, Goyal and Zeevi 2019, "MNL-bandit: a
 * dynamic learning approach to assortment selection", Operations Research): explicit mean
 * utilities and revenues per item and a capacity K, the same every round. The smallest instance
 * a user can write by hand, and one whose optimum is easy to check.
 *
 * @param utilities u_i, finite
 * @param revenues r_i &gt; 0
 * @param capacity K ≥ 1
 */
public record FixedMnlInstance(double[] utilities, double[] revenues, int capacity) {

  /** Validates and copies. */
  public FixedMnlInstance {
    if (utilities.length < 1 || utilities.length != revenues.length) {
      throw new IllegalArgumentException("need one utility and one revenue per item, got "
          + utilities.length + " utilities and " + revenues.length + " revenues");
    }
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be ≥ 1, got " + capacity);
    }
    utilities = utilities.clone();
    revenues = revenues.clone();
    for (int i = 0; i < utilities.length; i++) {
      if (!Double.isFinite(utilities[i])) {
        throw new IllegalArgumentException("utility " + i + " is " + utilities[i]
            + ", expected a finite number");
      }
      if (!(revenues[i] > 0.0) || Double.isInfinite(revenues[i])) {
        throw new IllegalArgumentException("revenue " + i + " is " + revenues[i]
            + ", expected a finite positive number");
      }
    }
  }

  /** N. */
  public int items() {
    return utilities.length;
  }

  /** The optimal assortment (StaticMNL) as item indices. */
  public int[] optimalSet() {
    int[] out = new int[Math.min(capacity, items())];
    int size = new StaticMnl().solve(utilities, revenues, items(), capacity, out);
    return java.util.Arrays.copyOf(out, size);
  }

  /** The optimal expected revenue. */
  public double optimalRevenue() {
    StaticMnl solver = new StaticMnl();
    solver.solve(utilities, revenues, items(), capacity, new int[Math.min(capacity, items())]);
    return solver.revenue();
  }
}
