package org.recbench.core.testplugins;

import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Direction;
import org.recbench.api.Kind;
import org.recbench.api.Metric;
import org.recbench.api.Protocol;
import org.recbench.api.StandardCapabilities;
import org.recbench.api.Step;

/** Test metric {@code test.decision-time}: mean act() time in nanoseconds, timed by the harness. */
final class MeanDecisionTime implements Metric<Object, Object, Object> {

  static final ComponentType<Metric<?, ?, ?>> TYPE = ComponentType.metric(
      Descriptor.builder(Kind.METRIC, "test.decision-time", Protocol.ANY)
          .description("mean decision time (ns)")
          .requires(StandardCapabilities.DECISION_TIMER)
          .direction(Direction.LOWER_IS_BETTER)
          .build(),
      (params, rng, capabilities) -> new MeanDecisionTime());

  private long nanos;
  private long steps;

  @Override
  public void record(Step<Object, Object, Object> step) {
    nanos += step.decisionNanos();
    steps++;
  }

  @Override
  public double value() {
    return steps == 0 ? 0 : (double) nanos / steps;
  }
}
