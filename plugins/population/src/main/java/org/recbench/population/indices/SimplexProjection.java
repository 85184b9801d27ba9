package org.recbench.population.indices;

import org.recbench.population.learner.ProductChoice;
import org.recbench.protocol.population.AttributeTable;

/**
 * The coordinates of the simplex plot of Lankireddy et al. 2024 (Sec. 5, Fig. 3): a preference
 * vector x ∈ R^q is drawn as the probability vector p(x) with p_k(x) = exp(a w_kᵀx) / Σ_j exp(a
 * w_jᵀx), and, for K = 3, the point p(x) of the 2-simplex is mapped to the plane with product 1 at
 * (0, 0), product 2 at (1, 0) and product 3 at (1/2, √3/2): (x, y) = (p_2 + p_3/2, p_3·√3/2).
 * Products themselves are drawn at p(w_k), users at p(y_n(τ)).
 */
public final class SimplexProjection {

  private static final double HEIGHT = Math.sqrt(3) / 2;

  private SimplexProjection() {}

  /**
   * Writes p(x) for x = {@code vector[offset .. offset + q)} into {@code dest[0 .. K)}.
   *
   * @param inverseTemperature a ≥ 0 (the paper's plot uses the recommender's a)
   */
  public static void simplexPoint(double[] vector, int offset, AttributeTable products,
      double inverseTemperature, double[] dest) {
    ProductChoice.checkInverseTemperature(inverseTemperature);
    for (int k = 0; k < products.rows(); k++) {
      dest[k] = products.dot(k, vector, offset);
    }
    ProductChoice.probabilities(dest, products.rows(), inverseTemperature, dest);
  }

  /**
   * Writes the plane point (x, y) = (p_2 + p_3/2, p_3·√3/2) of the barycentric coordinates
   * {@code p[0 .. 3)} into {@code dest[0 .. 2)}.
   *
   * @throws IllegalArgumentException when p does not have three entries
   */
  public static void toPlane(double[] p, double[] dest) {
    if (p.length != 3) {
      throw new IllegalArgumentException("simplex point: " + p.length
          + " coordinates; the plane mapping needs K = 3 products");
    }
    dest[0] = p[1] + p[2] / 2;
    dest[1] = p[2] * HEIGHT;
  }
}
