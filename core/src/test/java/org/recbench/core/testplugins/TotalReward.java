package org.recbench.core.testplugins;

import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Direction;
import org.recbench.api.Kind;
import org.recbench.api.Metric;
import org.recbench.api.Protocol;
import org.recbench.api.Step;

/** Test metric {@code test.reward}: the sum of rewards, for any protocol. */
final class TotalReward implements Metric<Object, Object, Object> {

  static final ComponentType<Metric<?, ?, ?>> TYPE = ComponentType.metric(
      Descriptor.builder(Kind.METRIC, "test.reward", Protocol.ANY)
          .description("total reward")
          .direction(Direction.HIGHER_IS_BETTER)
          .build(),
      (params, rng, capabilities) -> new TotalReward());

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
