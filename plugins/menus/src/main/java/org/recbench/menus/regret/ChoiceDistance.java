package org.recbench.menus.regret;

/**
 * Distance between the targeted and the realised choice distribution: total variation
 * TV(p, q) = ½ Σ_i |p_i − q_i| (the paper's distance on the simplex, Section 2). It measures the
 * perturbation ‖x_t − z_t‖ that Theorem 1 tolerates and Lemma 6 bounds by the score error.
 */
public final class ChoiceDistance {

  private ChoiceDistance() {
  }

  /** ½ Σ |p_i − q_i|. */
  public static double totalVariation(double[] p, double[] q) {
    if (p.length != q.length) {
      throw new IllegalArgumentException(
          "distributions differ in length: " + p.length + " and " + q.length);
    }
    double d = 0;
    for (int i = 0; i < p.length; i++) {
      d += Math.abs(p[i] - q[i]);
    }
    return d / 2;
  }
}
