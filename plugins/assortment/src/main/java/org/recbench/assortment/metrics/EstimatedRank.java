package org.recbench.assortment.metrics;

import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Direction;
import org.recbench.api.Kind;
import org.recbench.api.Metric;
import org.recbench.api.Step;
import org.recbench.protocol.assortment.Assortment;
import org.recbench.protocol.assortment.AssortmentObservation;
import org.recbench.protocol.assortment.AssortmentProtocol;
import org.recbench.protocol.assortment.Choice;
import org.recbench.protocol.assortment.RankEstimate;

/**
 * The rank metrics of paper 003, Fig. 5: {@code assortment.estimated-rank} is the rank r̂ a
 * low-rank policy works with at the checkpoint, {@code assortment.rank-correct} is 1 when it
 * equals the environment's planted rank and 0 otherwise (its mean over seeds is the
 * probability of a correct selection). NaN before the policy has chosen a rank.
 */
public final class EstimatedRank implements Metric<AssortmentObservation, Assortment, Choice> {

  /** Id of the estimated rank. */
  public static final String ID = "assortment.estimated-rank";
  /** Id of the 0/1 indicator of a correct rank. */
  public static final String CORRECT = "assortment.rank-correct";

  private final RankEstimate estimate;
  private final int truth;

  private EstimatedRank(RankEstimate estimate, int truth) {
    this.estimate = estimate;
    this.truth = truth;
  }

  /** {@code assortment.estimated-rank}. */
  public static ComponentType<Metric<?, ?, ?>> type() {
    return ComponentType.metric(
        Descriptor.builder(Kind.METRIC, ID, AssortmentProtocol.PROTOCOL)
            .description("rank of Θ̃ the low-rank policy uses (r̂ for ELSA-GIC)")
            .requires(AssortmentProtocol.RANK_ESTIMATE)
            .nonNegative()
            .build(),
        (params, rng, capabilities) -> new EstimatedRank(
            capabilities.require(AssortmentProtocol.RANK_ESTIMATE), -1));
  }

  /** {@code assortment.rank-correct}. */
  public static ComponentType<Metric<?, ?, ?>> correct() {
    return ComponentType.metric(
        Descriptor.builder(Kind.METRIC, CORRECT, AssortmentProtocol.PROTOCOL)
            .description("1 if the policy's rank equals the planted rank of Θ̃, else 0")
            .requires(AssortmentProtocol.RANK_ESTIMATE, AssortmentProtocol.BILINEAR_PARAMETER)
            .direction(Direction.HIGHER_IS_BETTER)
            .values(0.0, 1.0)
            .build(),
        (params, rng, capabilities) -> new EstimatedRank(
            capabilities.require(AssortmentProtocol.RANK_ESTIMATE),
            capabilities.require(AssortmentProtocol.BILINEAR_PARAMETER).rank()));
  }

  @Override
  public void record(Step<AssortmentObservation, Assortment, Choice> step) {
    // Read at checkpoints from the policy.
  }

  @Override
  public double value() {
    int rank = estimate.rank();
    if (rank < 0) {
      return Double.NaN;
    }
    return truth < 0 ? rank : rank == truth ? 1.0 : 0.0;
  }
}
