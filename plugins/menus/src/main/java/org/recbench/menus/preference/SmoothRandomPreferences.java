package org.recbench.menus.preference;

import java.util.random.RandomGenerator;
import org.recbench.protocol.menu.PreferenceModel;

/**
 * A random family of L-smooth preference models (Definition 2): f_i(v) = 1 / h_i(v) with
 * h_i(v) = Σ_m H_im v_m affine on the simplex and every H_im ∈ [1, 1/λ], so f_i ∈ [λ, 1].
 * Row i is drawn as H_im = c_i + L' u_im with u_im uniform in [−1, 1], c_i uniform in
 * [1 + L', 1/λ − L'] and L' = min(L, (1/λ − 1)/2). Since h_i ≥ 1,
 * |f_i(v) − f_i(w)| ≤ |h_i(v) − h_i(w)| ≤ L'·‖v − w‖_1: f_i is L-Lipschitz in ℓ1.
 *
 * <p>Why reciprocals of affine functions: the IRD(v) constraints k x_i / f_i(v) ≤ Σ_j x_j / f_j(v)
 * (Lemma 1) are then affine in v, so they hold on the whole simplex iff they hold at its
 * vertices, and EIRD = ∩_m IRD(e_m) is an exact polytope. The EIRD best in hindsight is then an
 * exact LP, which regret tests and experiments need.
 */
public final class SmoothRandomPreferences implements PreferenceModel {

  private final int n;
  private final double[] h;
  private final double lambda;
  private final double lipschitz;

  private SmoothRandomPreferences(int n, double[] h, double lambda, double lipschitz) {
    this.n = n;
    this.h = h;
    this.lambda = lambda;
    this.lipschitz = lipschitz;
  }

  /**
   * Draws a model over {@code items} items with scores in [λ, 1] and ℓ1 Lipschitz constant at
   * most {@code lipschitz}.
   */
  public static SmoothRandomPreferences random(int items, double lambda, double lipschitz,
      RandomGenerator random) {
    Scores.requireLowerBound(lambda);
    if (!(lipschitz >= 0) || Double.isInfinite(lipschitz)) {
      throw new IllegalArgumentException("Lipschitz constant must be finite and >= 0, got " + lipschitz);
    }
    double top = 1.0 / lambda;
    double spread = Math.min(lipschitz, (top - 1) / 2);
    double[] h = new double[items * items];
    for (int i = 0; i < items; i++) {
      double centre = 1 + spread + (top - 1 - 2 * spread) * random.nextDouble();
      for (int m = 0; m < items; m++) {
        double entry = centre + spread * (2 * random.nextDouble() - 1);
        h[i * items + m] = Math.min(top, Math.max(1.0, entry));
      }
    }
    return new SmoothRandomPreferences(items, h, lambda, spread);
  }

  /** The ℓ1 Lipschitz constant L' this model was drawn with. */
  public double lipschitz() {
    return lipschitz;
  }

  /** The score f_i(e_m) at vertex m, i.e. 1 / H_im. */
  public double vertexScore(int item, int vertex) {
    return 1.0 / h[item * n + vertex];
  }

  @Override
  public int items() {
    return n;
  }

  @Override
  public double lowerBound() {
    return lambda;
  }

  @Override
  public void scores(double[] memory, double[] out) {
    for (int i = 0; i < n; i++) {
      double s = 0;
      int row = i * n;
      for (int m = 0; m < n; m++) {
        s += h[row + m] * memory[m];
      }
      out[i] = Math.min(1.0, Math.max(lambda, 1.0 / s));
    }
  }
}
