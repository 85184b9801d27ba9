package org.recbench.core.metrics;

import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Direction;
import org.recbench.api.Kind;
import org.recbench.api.Metric;
import org.recbench.api.Protocol;
import org.recbench.api.Step;

/** {@code steps}: the number of steps taken since the trial started. */
public final class StepCount implements Metric<Object, Object, Object> {

  /** The component type registered by {@link CorePlugin}. */
  public static final ComponentType<Metric<?, ?, ?>> TYPE = ComponentType.metric(
      Descriptor.builder(Kind.METRIC, "steps", Protocol.ANY)
          .description("steps taken since the trial started")
          .direction(Direction.NEUTRAL)
          .unit("steps")
          .nonNegative()
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
