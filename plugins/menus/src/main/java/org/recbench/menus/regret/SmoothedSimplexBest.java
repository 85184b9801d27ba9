package org.recbench.menus.regret;

/**
 * The best fixed distribution in the δ-smoothed simplex Δ_δ (Definition 4) in hindsight: a
 * linear function of x over Δ_δ = {(1 − δ) y + δ u : y ∈ Δ} is maximised at y = e_{argmax}, so
 * max_{x∈Δ_δ} ⟨x, R⟩ = (1 − δ)·max_i R_i + δ·mean_i R_i for cumulative rewards R = Σ_t r_t.
 */
public final class SmoothedSimplexBest {

  private SmoothedSimplexBest() {
  }

  /** (1 − δ) max_i R_i + δ mean_i R_i. */
  public static double value(double[] cumulative, double delta) {
    requireDelta(delta);
    double max = Double.NEGATIVE_INFINITY;
    double sum = 0;
    for (double r : cumulative) {
      max = Math.max(max, r);
      sum += r;
    }
    return (1 - delta) * max + delta * sum / cumulative.length;
  }

  /** Writes a maximiser (1 − δ) e_{argmax} + δ u into {@code out}. */
  public static void point(double[] cumulative, double delta, double[] out) {
    requireDelta(delta);
    int n = cumulative.length;
    int best = 0;
    for (int i = 1; i < n; i++) {
      if (cumulative[i] > cumulative[best]) {
        best = i;
      }
    }
    for (int i = 0; i < n; i++) {
      out[i] = delta / n;
    }
    out[best] += 1 - delta;
  }

  private static void requireDelta(double delta) {
    if (!(delta >= 0 && delta <= 1)) {
      throw new IllegalArgumentException("smoothing delta must be in [0, 1], got " + delta);
    }
  }
}
