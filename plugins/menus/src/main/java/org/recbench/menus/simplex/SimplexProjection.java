package org.recbench.menus.simplex;

import java.util.Arrays;

/**
 * Exact Euclidean projection onto the simplex Δ and onto the δ-smoothed simplex
 * Δ_δ = {(1 − δ) x + δ u : x ∈ Δ} = {x ∈ Δ : x_i ≥ δ/n} of Definition 4 (sort and threshold,
 * Held, Wolfe and Crowder 1974), O(n log n) with a preallocated buffer.
 */
public final class SimplexProjection implements ConvexProjection {

  private final int n;
  private final double delta;
  private final double[] sorted;

  /** Projection onto Δ_δ over {@code items} items; δ = 0 is the simplex itself. */
  public SimplexProjection(int items, double delta) {
    if (items < 1) {
      throw new IllegalArgumentException("items must be >= 1, got " + items);
    }
    if (!(delta >= 0 && delta < 1)) {
      throw new IllegalArgumentException("smoothing delta must be in [0, 1), got " + delta);
    }
    this.n = items;
    this.delta = delta;
    this.sorted = new double[items];
  }

  /** The smoothing δ. */
  public double delta() {
    return delta;
  }

  @Override
  public void project(double[] y, double[] out) {
    double floor = delta / n;
    double scale = 1 - delta;
    for (int i = 0; i < n; i++) {
      sorted[i] = (y[i] - floor) / scale;
    }
    double theta = threshold(sorted, n);
    for (int i = 0; i < n; i++) {
      out[i] = floor + scale * Math.max(0.0, (y[i] - floor) / scale - theta);
    }
  }

  /**
   * The θ with Σ max(z_i − θ, 0) = 1; sorts {@code z} (its first {@code n} entries) in place.
   */
  static double threshold(double[] z, int n) {
    Arrays.sort(z, 0, n);
    double cumulative = 0;
    double theta = 0;
    for (int j = n - 1; j >= 0; j--) {
      cumulative += z[j];
      double candidate = (cumulative - 1) / (n - j);
      if (j == 0 || z[j - 1] <= candidate) {
        theta = candidate;
        break;
      }
    }
    return theta;
  }
}
