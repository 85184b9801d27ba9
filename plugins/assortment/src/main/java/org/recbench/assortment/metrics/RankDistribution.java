package org.recbench.assortment.metrics;

import java.util.ArrayList;
import java.util.List;
import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Kind;
import org.recbench.api.Metric;
import org.recbench.api.ParamSpec;
import org.recbench.api.Step;
import org.recbench.api.VectorMetric;
import org.recbench.protocol.assortment.Assortment;
import org.recbench.protocol.assortment.AssortmentObservation;
import org.recbench.protocol.assortment.AssortmentProtocol;
import org.recbench.protocol.assortment.Choice;
import org.recbench.protocol.assortment.RankEstimate;

/**
 * {@code assortment.rank-distribution}: the indicator vector of the policy's rank r̂ over
 * r = 1..{@code max-rank} (larger ranks count in the last entry, "≥ max-rank"), so that its
 * mean over seeds is the empirical distribution of the selected rank — the per-rank picture
 * behind paper 003, Fig. 5. NaN entries before a rank is chosen.
 */
public final class RankDistribution
    implements VectorMetric<AssortmentObservation, Assortment, Choice> {

  /** Component id. */
  public static final String ID = "assortment.rank-distribution";

  private final RankEstimate estimate;
  private final List<String> labels;

  private RankDistribution(RankEstimate estimate, int maxRank) {
    this.estimate = estimate;
    List<String> names = new ArrayList<>();
    for (int r = 1; r < maxRank; r++) {
      names.add("r=" + r);
    }
    names.add("r>=" + maxRank);
    this.labels = List.copyOf(names);
  }

  /** The component type. */
  public static ComponentType<Metric<?, ?, ?>> type() {
    return ComponentType.metric(
        Descriptor.builder(Kind.METRIC, ID, AssortmentProtocol.PROTOCOL)
            .description("indicator of the policy's rank r̂ over 1..max-rank (mean: its "
                + "distribution over seeds)")
            .requires(AssortmentProtocol.RANK_ESTIMATE)
            .param(ParamSpec.integer("max-rank", 6, "last entry: ranks ≥ max-rank")
                .range(1.0, null))
            .vector()
            .values(0.0, 1.0)
            .build(),
        (params, rng, capabilities) -> new RankDistribution(
            capabilities.require(AssortmentProtocol.RANK_ESTIMATE), params.getInt("max-rank")));
  }

  @Override
  public List<String> labels() {
    return labels;
  }

  @Override
  public void values(double[] into) {
    int rank = estimate.rank();
    for (int k = 0; k < labels.size(); k++) {
      into[k] = rank < 0 ? Double.NaN : Math.min(rank, labels.size()) == k + 1 ? 1.0 : 0.0;
    }
  }

  @Override
  public void record(Step<AssortmentObservation, Assortment, Choice> step) {
    // Read at checkpoints from the policy.
  }
}
