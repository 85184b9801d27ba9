package org.recbench.assortment.expedia;

import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;
import org.recbench.assortment.elsa.BurerMonteiro;
import org.recbench.assortment.elsa.LowRankEstimator;
import org.recbench.assortment.model.BilinearMnl;
import org.recbench.assortment.model.RevenueRule;

/**
 * The Expedia ground truth of paper 003, Sec. 5.2.2: the rank-constrained MLE (Eq. 1, by
 * Burer–Monteiro FGD from the unconstrained MLE) of Θ̃ on all the destination's observed searches,
 * with intercepts, and the rank chosen by GIC (Eq. 4) among 1..maxRank. The simulation then
 * draws users from the searches and choices from this Θ̃.
 *
 * @param theta Θ̃, (d1 + 1) × (d2 + 1)
 * @param rank the GIC rank
 * @param criterion GIC(r) for r = 1..maxRank
 */
public record ExpediaGroundTruth(DMatrixRMaj theta, int rank, double[] criterion) {

  /** Fits the ground truth. */
  public static ExpediaGroundTruth fit(ExpediaData data, int maxRank, double ridge,
      double gicPenaltyScale, BurerMonteiro.Settings factorisation) {
    LowRankEstimator estimator = new LowRankEstimator(data.choiceLog(), ridge, factorisation);
    LowRankEstimator.Selection selection = estimator.selectRank(maxRank, gicPenaltyScale);
    return new ExpediaGroundTruth(selection.fit().theta(), selection.rank(),
        selection.criterion());
  }

  /** The choice model over the destination's hotels with revenues from {@code rule}. */
  public BilinearMnl model(ExpediaData data, RevenueRule rule,
      RandomGenerator rng) {
    return new BilinearMnl(theta, data.hotels(), data.hotelCount(),
        rule.revenues(data.hotelCount(), rng));
  }
}
