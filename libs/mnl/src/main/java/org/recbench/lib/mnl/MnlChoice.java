package org.recbench.lib.mnl;

import java.util.random.RandomGenerator;

/**
 * Multinomial logit choice among an offered set S and the no-purchase option (McFadden 1974):
 * P(i | S) = exp(u_i) / (1 + Σ_{j∈S} exp(u_j)) and P(0 | S) = 1 / (1 + Σ_{j∈S} exp(u_j)), the
 * model of paper 003, Sec. 2. Every formula is evaluated after shifting the utilities by
 * m = max(0, max_{j∈S} u_j), so no exponential overflows however large the utilities are.
 *
 * <p>A set is given as the first {@code size} entries of an index array into the utility (and
 * revenue) arrays; nothing is allocated.
 */
public final class MnlChoice {

  /** The choice index that stands for "no purchase". */
  public static final int NO_PURCHASE = -1;

  private MnlChoice() {
  }

  /** The shift m = max(0, max_{j∈S} u_j) used by every stable formula here. */
  static double shift(double[] utilities, int[] set, int size) {
    double m = 0.0;
    for (int k = 0; k < size; k++) {
      m = Math.max(m, utilities[set[k]]);
    }
    return m;
  }

  /** log(1 + Σ_{j∈S} exp(u_j)), the log-partition function of the offered set. */
  public static double logPartition(double[] utilities, int[] set, int size) {
    double m = shift(utilities, set, size);
    double sum = Math.exp(-m);
    for (int k = 0; k < size; k++) {
      sum += Math.exp(utilities[set[k]] - m);
    }
    return m + Math.log(sum);
  }

  /**
   * Writes P(set[k] | S) into {@code probabilities[k]} for k &lt; size and returns
   * log(1 + Σ_{j∈S} exp(u_j)), with one exponential per item.
   */
  public static double logPartitionAndProbabilities(double[] utilities, int[] set, int size,
      double[] probabilities) {
    double m = shift(utilities, set, size);
    double sum = Math.exp(-m);
    for (int k = 0; k < size; k++) {
      double e = Math.exp(utilities[set[k]] - m);
      probabilities[k] = e;
      sum += e;
    }
    double inverse = 1.0 / sum;
    for (int k = 0; k < size; k++) {
      probabilities[k] *= inverse;
    }
    return m + Math.log(sum);
  }

  /**
   * Writes P(set[k] | S) into {@code probabilities[k]} for k &lt; size and returns the
   * no-purchase probability P(0 | S).
   */
  public static double probabilities(double[] utilities, int[] set, int size,
      double[] probabilities) {
    double m = shift(utilities, set, size);
    double outside = Math.exp(-m);
    double sum = outside;
    for (int k = 0; k < size; k++) {
      double e = Math.exp(utilities[set[k]] - m);
      probabilities[k] = e;
      sum += e;
    }
    for (int k = 0; k < size; k++) {
      probabilities[k] /= sum;
    }
    return outside / sum;
  }

  /**
   * The expected revenue R(S) = Σ_{i∈S} r_i exp(u_i) / (1 + Σ_{j∈S} exp(u_j)) of paper 003,
   * Sec. 2 (0 for the empty set).
   */
  public static double expectedRevenue(double[] utilities, double[] revenues, int[] set,
      int size) {
    double m = shift(utilities, set, size);
    double denominator = Math.exp(-m);
    double numerator = 0.0;
    for (int k = 0; k < size; k++) {
      int i = set[k];
      double e = Math.exp(utilities[i] - m);
      numerator += revenues[i] * e;
      denominator += e;
    }
    return numerator / denominator;
  }

  /**
   * Draws the user's choice from the MNL model: an item index from the set, or
   * {@link #NO_PURCHASE}. Uses one uniform variate of {@code rng}.
   */
  public static int sample(double[] utilities, int[] set, int size, RandomGenerator rng) {
    double m = shift(utilities, set, size);
    double sum = Math.exp(-m);
    for (int k = 0; k < size; k++) {
      sum += Math.exp(utilities[set[k]] - m);
    }
    double target = rng.nextDouble() * sum;
    double cumulative = Math.exp(-m);
    if (target < cumulative) {
      return NO_PURCHASE;
    }
    for (int k = 0; k < size; k++) {
      cumulative += Math.exp(utilities[set[k]] - m);
      if (target < cumulative) {
        return set[k];
      }
    }
    return set[size - 1];
  }
}
