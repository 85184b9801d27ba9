package org.recbench.core.testplugins;

import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Kind;
import org.recbench.api.Metric;
import org.recbench.api.Protocol;
import org.recbench.api.Step;

/** Test metric {@code test.steps}: the number of steps; descriptive, so it has no direction. */
final class StepCount implements Metric<Object, Object, Object> {

  static final ComponentType<Metric<?, ?, ?>> TYPE = ComponentType.metric(
      Descriptor.builder(Kind.METRIC, "test.steps", Protocol.ANY)
          .description("steps taken")
          .build(),
      (params, rng, capabilities) -> new StepCount());

  private long steps;

  @Override
  public void record(Step<Object, Object, Object> step) {
    steps++;
  }

  @Override
  public double value() {
    return steps;
  }
}
