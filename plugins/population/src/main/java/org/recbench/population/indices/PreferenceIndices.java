package org.recbench.population.indices;

import org.recbench.protocol.population.AttributeTable;

/**
 * Population-level summaries of preference states y_1 … y_N ∈ R^q (row-major in one array), for
 * the figures of Lankireddy et al. 2024 and for homogenisation / polarisation measures.
 *
 * <ul>
 *   <li>Preferred product of user n: argmax_k w_kᵀ y_n, the product with the highest expected
 *       reward (Eq. 7), lowest index on exact ties. It is also the dominant product of the paper's
 *       simplex plot (Sec. 5), since softmax(a w_kᵀ y) is largest there for every a &gt; 0.
 *   <li>Preference shares: the fraction of users whose preferred product is k (Fig. 4 counts).
 *   <li>Consensus index: the largest share, i.e. the fraction of users who prefer the plurality
 *       product; 1 when everybody prefers the same product, down to ⌈N/K⌉/N.
 *   <li>Polarisation index: the mean over user pairs of ‖ŷ_n − ŷ_m‖/2 with ŷ = y/‖y‖ (ŷ = 0 for
 *       y = 0), in [0, 1]: 0 when all preference directions coincide; two groups of equal size
 *       with opposite directions give N/(2(N − 1)) (1 for N = 2). Directions, not raw vectors,
 *       because the preferred product, and every comparison w_jᵀy &gt; w_kᵀy, depends only on the
 *       direction of y.
 * </ul>
 */
public final class PreferenceIndices {

  private PreferenceIndices() {}

  /** argmax_k w_kᵀ y_user (lowest index on exact ties). */
  public static int preferredProduct(double[] states, int user, AttributeTable products) {
    int q = products.dimension();
    int best = 0;
    double bestValue = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < products.rows(); k++) {
      double value = products.dot(k, states, user * q);
      if (value > bestValue) {
        bestValue = value;
        best = k;
      }
    }
    return best;
  }

  /**
   * Writes the share of users preferring each product into {@code dest[0 .. K)} (they sum to 1):
   * counts divided by N, so equal counts give equal shares.
   *
   * @param users N, the number of rows in {@code states}
   */
  public static void preferenceShares(double[] states, int users, AttributeTable products,
      double[] dest) {
    checkStates(states, users, products.dimension());
    for (int k = 0; k < products.rows(); k++) {
      dest[k] = 0;
    }
    for (int n = 0; n < users; n++) {
      dest[preferredProduct(states, n, products)]++;
    }
    for (int k = 0; k < products.rows(); k++) {
      dest[k] /= users;
    }
  }

  /** The consensus index: the largest of {@code shares[0 .. count)}. */
  public static double consensus(double[] shares, int count) {
    double max = 0;
    for (int k = 0; k < count; k++) {
      max = Math.max(max, shares[k]);
    }
    return max;
  }

  /**
   * The polarisation index: mean over pairs n &lt; m of ‖ŷ_n − ŷ_m‖/2, ŷ = y/‖y‖; 0 for one user.
   * O(N²q), no allocation.
   */
  public static double polarization(double[] states, int users, int dimension) {
    checkStates(states, users, dimension);
    if (users < 2) {
      return 0;
    }
    double sum = 0;
    for (int n = 0; n < users; n++) {
      double normN = norm(states, n * dimension, dimension);
      for (int m = n + 1; m < users; m++) {
        double normM = norm(states, m * dimension, dimension);
        double squares = 0;
        for (int j = 0; j < dimension; j++) {
          double a = normN == 0 ? 0 : states[n * dimension + j] / normN;
          double b = normM == 0 ? 0 : states[m * dimension + j] / normM;
          squares += (a - b) * (a - b);
        }
        sum += Math.sqrt(squares) / 2;
      }
    }
    return sum / (users * (users - 1) / 2.0);
  }

  /** ‖θ̂ − θ‖₂, the estimation error of a recommender against the population's true θ. */
  public static double estimationError(double[] estimate, double[] truth) {
    if (estimate.length != truth.length) {
      throw new IllegalArgumentException("estimation error: θ̂ has " + estimate.length
          + " entries, θ has " + truth.length + "; expected the same dimension pq");
    }
    double squares = 0;
    for (int i = 0; i < estimate.length; i++) {
      double diff = estimate[i] - truth[i];
      squares += diff * diff;
    }
    return Math.sqrt(squares);
  }

  private static double norm(double[] x, int offset, int dimension) {
    double squares = 0;
    for (int j = 0; j < dimension; j++) {
      squares += x[offset + j] * x[offset + j];
    }
    return Math.sqrt(squares);
  }

  private static void checkStates(double[] states, int users, int dimension) {
    if (users < 1 || states.length < users * dimension) {
      throw new IllegalArgumentException("preference states: " + states.length
          + " entries for " + users + " users in R^" + dimension + "; expected at least "
          + users * dimension + " and at least one user");
    }
  }
}
