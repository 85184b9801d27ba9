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
import org.recbench.protocol.assortment.BilinearParameter;
import org.recbench.protocol.assortment.Choice;
import org.recbench.protocol.assortment.ParameterEstimate;

/**
 * {@code assortment.theta-error}: ‖Θ̂ − Θ̃‖_F / ‖Θ̃‖_F between the policy's current estimate and
 * the environment's true parameter, both with the intercept row and column, read at every
 * checkpoint; NaN before the policy has an estimate. Stacked UCB-MNL's Θ̂ has its interaction
 * block zero, so its error stays near 1 when the truth is all interactions.
 */
public final class ThetaError implements Metric<AssortmentObservation, Assortment, Choice> {

  /** Component id. */
  public static final String ID = "assortment.theta-error";

  private final ParameterEstimate estimate;
  private final BilinearParameter truth;
  private final double[] buffer;

  private ThetaError(ParameterEstimate estimate, BilinearParameter truth) {
    this.estimate = estimate;
    this.truth = truth;
    this.buffer = new double[(truth.userDimension() + 1) * (truth.itemDimension() + 1)];
  }

  /** The component type. */
  public static ComponentType<Metric<?, ?, ?>> type() {
    return ComponentType.metric(
        Descriptor.builder(Kind.METRIC, ID, AssortmentProtocol.PROTOCOL)
            .description("relative Frobenius error ‖Θ̂ − Θ̃‖_F / ‖Θ̃‖_F of the policy's estimate")
            .requires(AssortmentProtocol.PARAMETER_ESTIMATE,
                AssortmentProtocol.BILINEAR_PARAMETER)
            .direction(Direction.LOWER_IS_BETTER)
            .nonNegative()
            .build(),
        (params, rng, capabilities) -> new ThetaError(
            capabilities.require(AssortmentProtocol.PARAMETER_ESTIMATE),
            capabilities.require(AssortmentProtocol.BILINEAR_PARAMETER)));
  }

  @Override
  public void record(Step<AssortmentObservation, Assortment, Choice> step) {
    // Read at checkpoints from the policy.
  }

  @Override
  public double value() {
    return estimate.estimate(buffer) ? truth.relativeError(buffer) : Double.NaN;
  }
}
