package org.recbench.menus.menudist;

/**
 * Menu times (Section 3.1): at scores f = f(v), the menu time of item i for the target choice
 * distribution x is τ_i(x, v) = k·(x_i / f_i) / Σ_j (x_j / f_j), so Σ_i τ_i = k. By Lemma 1,
 * x ∈ IRD(v) iff max_i τ_i ≤ 1. Each constraint τ_i ≤ 1 reads k x_i / f_i ≤ Σ_j x_j / f_j,
 * linear in x, so IRD(v) is a polytope; it always holds the point x ∝ f (all τ_i = k/n).
 */
public final class MenuTimes {

  /** Slack allowed on max τ_i ≤ 1 for rounding. */
  public static final double TOLERANCE = 1e-9;

  private MenuTimes() {
  }

  /** Writes τ(x, ·) for {@code scores} = f(v) into {@code out}. */
  public static void compute(double[] x, double[] scores, int k, double[] out) {
    double total = 0;
    for (int i = 0; i < x.length; i++) {
      out[i] = x[i] / scores[i];
      total += out[i];
    }
    double scale = k / total;
    for (int i = 0; i < x.length; i++) {
      out[i] *= scale;
    }
  }

  /** max_i τ_i(x, ·) without a buffer. */
  public static double max(double[] x, double[] scores, int k) {
    double total = 0;
    double max = 0;
    for (int i = 0; i < x.length; i++) {
      double ratio = x[i] / scores[i];
      total += ratio;
      max = Math.max(max, ratio);
    }
    return k * max / total;
  }

  /** Lemma 1: x ∈ IRD(v) iff max_i τ_i(x, v) ≤ 1 (within {@link #TOLERANCE}). */
  public static boolean realizable(double[] x, double[] scores, int k) {
    return max(x, scores, k) <= 1 + TOLERANCE;
  }

  /**
   * Pulls {@code x} into IRD along the segment towards p = f/Σf: writes z = (1 − α) x + α p with
   * the least α ∈ [0, 1] that makes max_i τ_i(z) ≤ 1, and returns α (0 when x is realizable).
   * Each constraint a_i(z) = k z_i/f_i − Σ_j z_j/f_j ≤ 0 is linear in z with a_i(p) = (k − n)/Σf
   * ≤ 0, so α = max_i a_i(x) / (a_i(x) − a_i(p)) over the violated constraints.
   */
  public static double pullInto(double[] x, double[] scores, int k, double[] out) {
    int n = x.length;
    double ratios = 0;
    double scoreSum = 0;
    for (int i = 0; i < n; i++) {
      ratios += x[i] / scores[i];
      scoreSum += scores[i];
    }
    double atP = (k - n) / scoreSum;
    double alpha = 0;
    for (int i = 0; i < n; i++) {
      double a = k * x[i] / scores[i] - ratios;
      if (a > 0) {
        alpha = Math.max(alpha, a / (a - atP));
      }
    }
    alpha = Math.min(1.0, alpha);
    for (int i = 0; i < n; i++) {
      out[i] = (1 - alpha) * x[i] + alpha * scores[i] / scoreSum;
    }
    return alpha;
  }
}
