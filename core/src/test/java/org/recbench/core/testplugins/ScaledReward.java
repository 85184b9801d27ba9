package org.recbench.core.testplugins;

import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Direction;
import org.recbench.api.Kind;
import org.recbench.api.Metric;
import org.recbench.api.ParamSpec;
import org.recbench.api.Protocol;
import org.recbench.api.Step;

/**
 * Test metric {@code test.scaled-reward}: {@code scale} times the total reward; has a parameter
 * and is its plugin's primary metric.
 */
final class ScaledReward implements Metric<Object, Object, Object> {

  static final ComponentType<Metric<?, ?, ?>> TYPE = ComponentType.metric(
      Descriptor.builder(Kind.METRIC, "test.scaled-reward", Protocol.ANY)
          .description("total reward times a factor")
          .param(ParamSpec.number("scale", 1, "factor").greaterThan(0))
          .direction(Direction.HIGHER_IS_BETTER)
          .primary()
          .build(),
      (params, rng, capabilities) -> new ScaledReward(params.getDouble("scale")));

  private final double scale;
  private double total;

  private ScaledReward(double scale) {
    this.scale = scale;
  }

  @Override
  public void record(Step<Object, Object, Object> step) {
    total += step.outcome().reward();
  }

  @Override
  public double value() {
    return scale * total;
  }
}
