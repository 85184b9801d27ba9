package org.recbench.menus.simplex;

import java.util.Arrays;

/**
 * Exact Euclidean projection onto the capped simplex {x ∈ Δ : x_i ≤ c}, c ≥ 1/n. With c = 1/k
 * this is IRD(v) for equal scores (every menu time τ_i = k x_i ≤ 1, Lemma 1): the choice
 * distributions of an agent indifferent between items. Finds θ with Σ clamp(y_i − θ, 0, c) = 1 by
 * walking the 2n sorted breakpoints of this piecewise-linear function; O(n²), no allocation.
 */
public final class CappedSimplexProjection implements ConvexProjection {

  private final int n;
  private final double cap;
  private final double[] breakpoints;

  /**
   * @throws IllegalArgumentException unless 1/n ≤ c ≤ 1
   */
  public CappedSimplexProjection(int items, double cap) {
    if (items < 1) {
      throw new IllegalArgumentException("items must be >= 1, got " + items);
    }
    if (!(cap * items >= 1 - 1e-12 && cap <= 1)) {
      throw new IllegalArgumentException("cap must be in [1/n, 1] = [" + 1.0 / items + ", 1], got " + cap);
    }
    this.n = items;
    this.cap = cap;
    this.breakpoints = new double[2 * items];
  }

  @Override
  public void project(double[] y, double[] out) {
    for (int i = 0; i < n; i++) {
      breakpoints[2 * i] = y[i] - cap;
      breakpoints[2 * i + 1] = y[i];
    }
    Arrays.sort(breakpoints);
    // mass(θ) = Σ clamp(y_i − θ, 0, cap) is continuous, non-increasing and linear between
    // consecutive breakpoints; mass(max breakpoint) = 0 and mass(min breakpoint) = n·cap ≥ 1.
    double lo = breakpoints[0];
    double massLo = mass(y, lo);
    double theta = lo;
    for (int b = 1; b < 2 * n; b++) {
      double hi = breakpoints[b];
      double massHi = mass(y, hi);
      if (massHi <= 1) {
        theta = massLo == massHi ? hi : lo + (massLo - 1) * (hi - lo) / (massLo - massHi);
        break;
      }
      lo = hi;
      massLo = massHi;
    }
    for (int i = 0; i < n; i++) {
      out[i] = Math.min(cap, Math.max(0.0, y[i] - theta));
    }
  }

  private double mass(double[] y, double theta) {
    double total = 0;
    for (int i = 0; i < n; i++) {
      total += Math.min(cap, Math.max(0.0, y[i] - theta));
    }
    return total;
  }
}
