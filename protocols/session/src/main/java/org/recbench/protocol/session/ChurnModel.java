package org.recbench.protocol.session;

import java.util.Arrays;

/**
 * The churn model of paper 002 (Rec-APC, Sec. 2): a prior q over U hidden user types and a like
 * matrix P, where P[u][a] is the probability that a user of type u likes category a. Instances are
 * immutable; accessors return copies or single entries.
 */
public final class ChurnModel {

  private final double[] prior;
  private final double[][] like;

  /**
   * Creates the model.
   *
   * @param prior q, non-negative, summing to 1 (within 1e-9)
   * @param like P, U rows of A entries in [0, 1)
   * @throws IllegalArgumentException when the shapes or values are inconsistent
   */
  public ChurnModel(double[] prior, double[][] like) {
    if (prior.length == 0 || like.length != prior.length) {
      throw new IllegalArgumentException("prior has " + prior.length + " types but the like matrix has "
          + like.length + " rows");
    }
    int categories = like[0].length;
    double sum = 0;
    for (int u = 0; u < prior.length; u++) {
      if (!(prior[u] >= 0)) {
        throw new IllegalArgumentException("prior[" + u + "] = " + prior[u] + " must be >= 0");
      }
      sum += prior[u];
      if (like[u].length != categories || categories == 0) {
        throw new IllegalArgumentException("like matrix row " + u + " has " + like[u].length
            + " entries, expected " + categories);
      }
      for (int a = 0; a < categories; a++) {
        if (!(like[u][a] >= 0 && like[u][a] < 1)) {
          throw new IllegalArgumentException("P[" + u + "][" + a + "] = " + like[u][a]
              + " must be in [0, 1) so that sessions end");
        }
      }
    }
    if (Math.abs(sum - 1) > 1e-9) {
      throw new IllegalArgumentException("prior sums to " + sum + ", expected 1");
    }
    this.prior = prior.clone();
    this.like = Arrays.stream(like).map(double[]::clone).toArray(double[][]::new);
  }

  /** Number of user types U. */
  public int types() {
    return prior.length;
  }

  /** Number of categories A. */
  public int categories() {
    return like[0].length;
  }

  /** q(u). */
  public double prior(int type) {
    return prior[type];
  }

  /** P(u, a). */
  public double like(int type, int category) {
    return like[type][category];
  }

  /** A copy of q. */
  public double[] priorVector() {
    return prior.clone();
  }

  /** A copy of P. */
  public double[][] likeMatrix() {
    return Arrays.stream(like).map(double[]::clone).toArray(double[][]::new);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ChurnModel m && Arrays.equals(prior, m.prior) && Arrays.deepEquals(like, m.like);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(prior) + Arrays.deepHashCode(like);
  }

  @Override
  public String toString() {
    return "ChurnModel[q=" + Arrays.toString(prior) + ", P=" + Arrays.deepToString(like) + "]";
  }
}
