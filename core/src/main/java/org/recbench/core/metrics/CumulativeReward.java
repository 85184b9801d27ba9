package org.recbench.core.metrics;

import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Direction;
import org.recbench.api.Kind;
import org.recbench.api.Metric;
import org.recbench.api.Protocol;
import org.recbench.api.Step;

/** {@code reward}: the sum of every step's reward since the trial started, Σ_t r_t. */
public final class CumulativeReward implements Metric<Object, Object, Object> {

  /** The component type registered by {@link CorePlugin}. */
  public static final ComponentType<Metric<?, ?, ?>> TYPE = ComponentType.metric(
      Descriptor.builder(Kind.METRIC, "reward", Protocol.ANY)
          .description("cumulative reward since the trial started")
          .direction(Direction.HIGHER_IS_BETTER)
          .build(),
      (params, rng, capabilities) -> new CumulativeReward());

  private double total;

  @Override
  public void record(Step<Object, Object, Object> step) {
    total += step.outcome().reward();
  }

  @Override
  public double value() {
    return total;
  }
}
