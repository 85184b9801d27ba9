package org.recbench.assortment.metrics;

import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Direction;
import org.recbench.api.Kind;
import org.recbench.api.Metric;
import org.recbench.api.StandardCapabilities;
import org.recbench.api.Step;
import org.recbench.protocol.assortment.Assortment;
import org.recbench.protocol.assortment.AssortmentObservation;
import org.recbench.protocol.assortment.AssortmentProtocol;
import org.recbench.protocol.assortment.Choice;

/**
 * {@code assortment.expected-revenue}: the mean over rounds of the offered set's expected
 * revenue R(S_t) = Σ_{i∈S_t} r_i P(i | S_t) under the true model, as the environment records it
 * ({@link org.recbench.api.Outcome#expectedReward()}); for the oracle it is the mean optimum.
 * Free of the choice noise that the realised {@code reward} carries.
 */
public final class ExpectedRevenue implements Metric<AssortmentObservation, Assortment, Choice> {

  /** Component id. */
  public static final String ID = "assortment.expected-revenue";

  private double total;
  private long rounds;

  /** The component type. */
  public static ComponentType<Metric<?, ?, ?>> type() {
    return ComponentType.metric(
        Descriptor.builder(Kind.METRIC, ID, AssortmentProtocol.PROTOCOL)
            .description("mean expected revenue of the offered sets under the true model")
            .requires(StandardCapabilities.EXPECTED_REWARDS)
            .direction(Direction.HIGHER_IS_BETTER)
            .unit("revenue/round")
            .nonNegative()
            .build(),
        (params, rng, capabilities) -> new ExpectedRevenue());
  }

  @Override
  public void record(Step<AssortmentObservation, Assortment, Choice> step) {
    total += step.outcome().expectedReward();
    rounds++;
  }

  @Override
  public double value() {
    return rounds == 0 ? Double.NaN : total / rounds;
  }
}
