package org.recbench.churn.model;

import java.util.random.RandomGenerator;
import org.recbench.protocol.session.ChurnModel;

/**
 * The random instances of paper 002, Appendix F.1 ({@code get_random_P}, {@code get_random_q}),
 * with the draws in the listing's order so that a reader can follow them line by line.
 */
public final class SyntheticInstances {

  /** Entries of P are clipped to [THRESHOLD, 1 − THRESHOLD] ({@code threshold=1e-2}). */
  public static final double THRESHOLD = 1e-2;
  /** Standard deviation of the prior's logits ({@code std=.5}). */
  public static final double LOGIT_SD = 0.5;

  private SyntheticInstances() {}

  /**
   * Draws an instance: the like matrix first, then the prior.
   *
   * @param types U
   * @param categories A
   * @param rng source of the standard normal draws
   */
  public static ChurnModel generate(int types, int categories, RandomGenerator rng) {
    double[][] like = likeMatrix(types, categories, rng);
    return new ChurnModel(prior(types, rng), like);
  }

  /**
   * {@code get_random_P}: latent N(0, I) vectors of dimension A, first one per category, then one
   * per type; P(u, a) = (cos(x_a, y_u) + 1)/2 clipped to [0.01, 0.99].
   *
   * @return P with U rows and A columns
   */
  public static double[][] likeMatrix(int types, int categories, RandomGenerator rng) {
    int dim = categories;
    double[][] actionLatents = gaussianRows(categories, dim, rng);
    double[][] typeLatents = gaussianRows(types, dim, rng);
    double[][] like = new double[types][categories];
    for (int u = 0; u < types; u++) {
      for (int a = 0; a < categories; a++) {
        double cosine = dot(actionLatents[a], typeLatents[u])
            / (norm(actionLatents[a]) * norm(typeLatents[u]));
        like[u][a] = clip((cosine + 1) / 2, THRESHOLD, 1 - THRESHOLD);
      }
    }
    return like;
  }

  /**
   * {@code get_random_q}: softmax of N(0, 0.5²) logits, clipped to [0.01/U, 0.99] and
   * renormalised.
   */
  public static double[] prior(int types, RandomGenerator rng) {
    double[] q = new double[types];
    double total = 0;
    for (int u = 0; u < types; u++) {
      q[u] = Math.exp(LOGIT_SD * rng.nextGaussian());
      total += q[u];
    }
    double clippedTotal = 0;
    for (int u = 0; u < types; u++) {
      q[u] = clip(q[u] / total, THRESHOLD / types, 1 - THRESHOLD);
      clippedTotal += q[u];
    }
    for (int u = 0; u < types; u++) {
      q[u] /= clippedTotal;
    }
    return q;
  }

  private static double[][] gaussianRows(int rows, int dim, RandomGenerator rng) {
    double[][] m = new double[rows][dim];
    for (double[] row : m) {
      for (int i = 0; i < dim; i++) {
        row[i] = rng.nextGaussian();
      }
    }
    return m;
  }

  private static double dot(double[] x, double[] y) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += x[i] * y[i];
    }
    return s;
  }

  private static double norm(double[] x) {
    return Math.sqrt(dot(x, x));
  }

  private static double clip(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }
}
