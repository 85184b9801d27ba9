package org.recbench.churn.model;

import java.util.random.RandomGenerator;
import org.recbench.protocol.session.ChurnModel;
import org.recbench.churn.numpy.CorrectlyRounded;
import org.recbench.churn.numpy.LegacyRandomState;
import org.recbench.churn.numpy.PairwiseSum;

/**
 * The random instances of paper 002, Appendix F.1 ({@code get_random_P}, {@code get_random_q}),
 * with the draws in the listing's order and numpy's arithmetic, so that {@link #paper} gives the
 * paper's instances bit for bit up to the C library's {@code log} and {@code exp}, which numpy
 * does not pin (see {@link LegacyRandomState}): numpy's legacy stream, norms and
 * sums in numpy's pairwise order ({@link PairwiseSum}), the matrix product as a fused
 * multiply–add chain over the latent dimension (how OpenBLAS's double-precision kernels
 * accumulate on FMA hardware; the SARSOP fixtures, drawn with numpy, need it) and a correctly
 * rounded {@code exp} ({@link CorrectlyRounded}).
 */
public final class SyntheticInstances {

  /** Entries of P are clipped to [THRESHOLD, 1 − THRESHOLD] ({@code threshold=1e-2}). */
  public static final double THRESHOLD = 1e-2;
  /** Standard deviation of the prior's logits ({@code std=.5}). */
  public static final double LOGIT_SD = 0.5;

  private SyntheticInstances() {}

  /**
   * The paper's instance for numpy seed {@code seed}: {@code np.random.seed(seed)},
   * {@code P = get_random_P(categories, types)}, {@code q = get_random_q(types)}.
   *
   * @param seed numpy seed in [0, 2^32 − 1]
   */
  public static ChurnModel paper(int types, int categories, long seed) {
    return generate(types, categories, LegacyRandomState.seeded(seed));
  }

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
   * per type; P(u, a) = (cos(x_a, y_u) + 1)/2 clipped to [0.01, 0.99]. The listing's matrix is
   * A × U; it is returned transposed, as P[u][a].
   *
   * @return P with U rows and A columns
   */
  public static double[][] likeMatrix(int types, int categories, RandomGenerator rng) {
    int dim = categories;
    double[][] actionLatents = gaussianRows(categories, dim, rng);
    double[][] typeLatents = gaussianRows(types, dim, rng);
    double[] actionNorms = norms(actionLatents);
    double[] typeNorms = norms(typeLatents);
    double[][] like = new double[types][categories];
    for (int u = 0; u < types; u++) {
      for (int a = 0; a < categories; a++) {
        double cosine = fmaDot(actionLatents[a], typeLatents[u])
            / (actionNorms[a] * typeNorms[u]);
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
    for (int u = 0; u < types; u++) {
      q[u] = CorrectlyRounded.exp(LOGIT_SD * rng.nextGaussian());
    }
    double total = PairwiseSum.sum(q);
    for (int u = 0; u < types; u++) {
      q[u] = clip(q[u] / total, THRESHOLD / types, 1 - THRESHOLD);
    }
    double clippedTotal = PairwiseSum.sum(q);
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

  /** {@code np.linalg.norm(x, ord=2, axis=1)}: sqrt of the pairwise sum of squares per row. */
  private static double[] norms(double[][] rows) {
    double[] norms = new double[rows.length];
    double[] squares = new double[rows.length == 0 ? 0 : rows[0].length];
    for (int r = 0; r < rows.length; r++) {
      for (int i = 0; i < squares.length; i++) {
        squares[i] = rows[r][i] * rows[r][i];
      }
      norms[r] = Math.sqrt(PairwiseSum.sum(squares));
    }
    return norms;
  }

  /** x·y accumulated as x0·y0, then fma(x_i, y_i, sum) in order. */
  private static double fmaDot(double[] x, double[] y) {
    double s = x[0] * y[0];
    for (int i = 1; i < x.length; i++) {
      s = Math.fma(x[i], y[i], s);
    }
    return s;
  }

  private static double clip(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }
}
