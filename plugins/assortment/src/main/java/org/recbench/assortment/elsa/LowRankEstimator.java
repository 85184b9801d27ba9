package org.recbench.assortment.elsa;

import org.ejml.data.DMatrixRMaj;
import org.recbench.lib.mnl.ChoiceLog;
import org.recbench.lib.mnl.MnlMle;

/**
 * Stage 1 of ELSA (paper 003, Sec. 3.1) on the exploration data: the unconstrained MLE of Θ
 * (Newton's method on vec(x yᵀ) features, with a ridge; the initialisation of Alg. 1), the
 * rank-r MLE by Burer–Monteiro factored gradient descent from it, and the rank chosen by the
 * generalised information criterion (Eq. 4; Appendix S.5.2)
 * <pre>
 *   GIC(r) = 2ℓ(Θ̂_r) + λ_n (d1 + d2 − r)·r,   λ_n = c·log(log n)·log(d1·d2),
 * </pre>
 * the penalty of Fan and Tang (2013) for the (d1 + d2 − r)·r free parameters of a rank-r
 * matrix; λ_n → ∞ and λ_n / n → 0 as Proposition 2 requires.
 */
public final class LowRankEstimator {

  /**
   * The GIC choice.
   *
   * @param rank the selected r̂
   * @param fit the rank-r̂ fit
   * @param criterion GIC(r) for r = 1..maxRank (index r − 1)
   */
  public record Selection(int rank, BurerMonteiro.Fit fit, double[] criterion) {
  }

  private final BilinearChoiceLog log;
  private final double ridge;
  private final BurerMonteiro factorisation;
  private DMatrixRMaj unconstrained;

  /** Estimation on {@code log}; {@code ridge} ≥ 0 regularises the unconstrained MLE. */
  public LowRankEstimator(BilinearChoiceLog log, double ridge, BurerMonteiro.Settings settings) {
    this.log = log;
    this.ridge = ridge;
    this.factorisation = new BurerMonteiro(log, settings);
  }

  /** The unconstrained (ridge) MLE of Θ, d1 × d2, computed once. */
  public DMatrixRMaj unconstrained() {
    if (unconstrained == null) {
      ChoiceLog vectorized = log.vectorized();
      int d1 = log.userDimension();
      int d2 = log.itemDimension();
      double[] theta = new double[d1 * d2];
      new MnlMle(d1 * d2).fit(vectorized, ridge, theta);
      unconstrained = DMatrixRMaj.wrap(d1, d2, theta);
    }
    return unconstrained.copy();
  }

  /** The rank-r MLE (Alg. 1 initialised at the unconstrained MLE). */
  public BurerMonteiro.Fit fit(int rank) {
    return factorisation.fit(unconstrained(), rank);
  }

  /** ℓ(Θ) on the exploration data. */
  public double negLogLikelihood(DMatrixRMaj theta) {
    return factorisation.negLogLikelihood(theta);
  }

  /** GIC over r = 1..maxRank with λ_n = penaltyScale·log(log n)·log(d1·d2). */
  public Selection selectRank(int maxRank, double penaltyScale) {
    int d1 = log.userDimension();
    int d2 = log.itemDimension();
    if (maxRank < 1 || maxRank > Math.min(d1, d2)) {
      throw new IllegalArgumentException("maxRank must be in 1.." + Math.min(d1, d2)
          + ", got " + maxRank);
    }
    double lambda = penalty(log.rounds(), d1, d2, penaltyScale);
    double[] criterion = new double[maxRank];
    BurerMonteiro.Fit best = null;
    int bestRank = 0;
    for (int r = 1; r <= maxRank; r++) {
      BurerMonteiro.Fit fit = fit(r);
      criterion[r - 1] = 2.0 * fit.negLogLikelihood() + lambda * (d1 + d2 - r) * r;
      if (best == null || criterion[r - 1] < criterion[bestRank - 1]) {
        best = fit;
        bestRank = r;
      }
    }
    return new Selection(bestRank, best, criterion);
  }

  /** λ_n = scale·log(log n)·log(d1·d2) (Fan and Tang 2013); n must be at least 3. */
  public static double penalty(int rounds, int d1, int d2, double scale) {
    if (rounds < 3 || !(scale >= 0.0)) {
      throw new IllegalArgumentException("GIC needs at least 3 rounds and a penalty scale ≥ 0,"
          + " got " + rounds + " and " + scale);
    }
    return scale * Math.log(Math.log(rounds)) * Math.log((double) d1 * d2);
  }
}
