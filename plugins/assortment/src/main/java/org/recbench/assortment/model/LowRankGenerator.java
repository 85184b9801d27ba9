package org.recbench.assortment.model;

import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;

/**
 * The synthetic instances of paper 003, Sec. 5.1: Θ = U diag(s) Vᵀ with random orthonormal U
 * (d1 × d1) and V (d2 × d2) and singular values s set by the {@link Misspecification} mode
 * (σ = 10 in the paper), item features y_i ~ N(0, I_{d2}) fixed for the instance, revenues by a
 * {@link RevenueRule} (all 1 in the paper). Θ sits in the interaction block of Θ̃ (no intercept,
 * no main effects), except in {@link Misspecification#MAIN_EFFECTS}, where only the main
 * effects α = σ·a/‖a‖ and β = σ·b/‖b‖ (a, b standard normal) are non-zero.
 *
 * @param userDimension d1
 * @param itemDimension d2
 * @param rank r, 1 ≤ r ≤ min(d1, d2) (ignored by full-rank and main-effects)
 * @param items N
 * @param capacity K
 * @param singularValue σ &gt; 0
 * @param mode the misspecification mode
 * @param tailFraction the tail singular values of approx-low-rank as a fraction of σ (0.01)
 * @param revenueRule how revenues are set
 */
public record LowRankGenerator(int userDimension, int itemDimension, int rank, int items,
    int capacity, double singularValue, Misspecification mode, double tailFraction,
    RevenueRule revenueRule) {

  /** The paper's σ. */
  public static final double PAPER_SINGULAR_VALUE = 10.0;
  /** The paper's tail fraction for approx-low-rank. */
  public static final double PAPER_TAIL_FRACTION = 0.01;

  /** Validates the sizes. */
  public LowRankGenerator {
    if (userDimension < 1 || itemDimension < 1 || items < 1 || capacity < 1) {
      throw new IllegalArgumentException("d1, d2, items and capacity must be ≥ 1, got "
          + userDimension + ", " + itemDimension + ", " + items + ", " + capacity);
    }
    if (rank < 1 || rank > Math.min(userDimension, itemDimension)) {
      throw new IllegalArgumentException("rank must be in 1..min(d1, d2) = "
          + Math.min(userDimension, itemDimension) + ", got " + rank);
    }
    if (!(singularValue > 0.0) || Double.isInfinite(singularValue)) {
      throw new IllegalArgumentException("singular value must be finite and positive, got "
          + singularValue);
    }
    if (!(tailFraction >= 0.0) || !(tailFraction < 1.0)) {
      throw new IllegalArgumentException("tail fraction must be in [0, 1), got "
          + tailFraction);
    }
  }

  /** The paper's setting: σ = 10, unit revenues, tail fraction 1%. */
  public static LowRankGenerator paper(int userDimension, int itemDimension, int rank,
      int items, int capacity, Misspecification mode) {
    return new LowRankGenerator(userDimension, itemDimension, rank, items, capacity,
        PAPER_SINGULAR_VALUE, mode, PAPER_TAIL_FRACTION, new RevenueRule.Unit());
  }

  /** Draws an instance. */
  public LowRankInstance generate(RandomGenerator rng) {
    DMatrixRMaj thetaTilde = new DMatrixRMaj(userDimension + 1, itemDimension + 1);
    int algebraicRank;
    if (mode == Misspecification.MAIN_EFFECTS) {
      double[] alpha = direction(userDimension, rng);
      double[] beta = direction(itemDimension, rng);
      for (int a = 0; a < userDimension; a++) {
        thetaTilde.set(a + 1, 0, alpha[a]);
      }
      for (int b = 0; b < itemDimension; b++) {
        thetaTilde.set(0, b + 1, beta[b]);
      }
      algebraicRank = 2;
    } else {
      double[] s = singularValues();
      DMatrixRMaj u = RandomOrthonormal.draw(userDimension, rng);
      DMatrixRMaj v = RandomOrthonormal.draw(itemDimension, rng);
      for (int a = 0; a < userDimension; a++) {
        for (int b = 0; b < itemDimension; b++) {
          double sum = 0.0;
          for (int k = 0; k < s.length; k++) {
            sum += u.get(a, k) * s[k] * v.get(b, k);
          }
          thetaTilde.set(a + 1, b + 1, sum);
        }
      }
      algebraicRank = 0;
      for (double value : s) {
        if (value > 0.0) {
          algebraicRank++;
        }
      }
    }
    double[] features = new double[items * itemDimension];
    for (int k = 0; k < features.length; k++) {
      features[k] = rng.nextGaussian();
    }
    double[] revenues = revenueRule.revenues(items, rng);
    return new LowRankInstance(new BilinearMnl(thetaTilde, features, items, revenues),
        capacity, algebraicRank, mode);
  }

  /** The singular values of Θ for the low-rank modes, largest first. */
  double[] singularValues() {
    int full = Math.min(userDimension, itemDimension);
    double[] s = new double[full];
    for (int k = 0; k < full; k++) {
      s[k] = switch (mode) {
        case EXACT -> k < rank ? singularValue : 0.0;
        case APPROX_LOW_RANK -> k < rank ? singularValue : tailFraction * singularValue;
        case FULL_RANK -> singularValue;
        case MAIN_EFFECTS -> throw new IllegalStateException("main effects have no Θ");
      };
    }
    return s;
  }

  private double[] direction(int n, RandomGenerator rng) {
    double[] d = new double[n];
    double norm = 0.0;
    while (norm == 0.0) {
      for (int a = 0; a < n; a++) {
        d[a] = rng.nextGaussian();
        norm += d[a] * d[a];
      }
    }
    double scale = singularValue / Math.sqrt(norm);
    for (int a = 0; a < n; a++) {
      d[a] *= scale;
    }
    return d;
  }
}
