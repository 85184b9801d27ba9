package org.recbench.core.metrics;

import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Direction;
import org.recbench.api.Kind;
import org.recbench.api.Metric;
import org.recbench.api.Protocol;
import org.recbench.api.StandardCapabilities;
import org.recbench.api.Step;

/**
 * {@code decision-time}: mean wall time of {@code Policy.act} per step, in microseconds, as
 * measured by the harness ({@link Step#decisionNanos()}). Requiring
 * {@link StandardCapabilities#DECISION_TIMER} is what switches the harness's timing on. NaN
 * before the first step.
 */
public final class DecisionTime implements Metric<Object, Object, Object> {

  /** The component type registered by {@link CorePlugin}. */
  public static final ComponentType<Metric<?, ?, ?>> TYPE = ComponentType.metric(
      Descriptor.builder(Kind.METRIC, "decision-time", Protocol.ANY)
          .description("mean wall time of one decision (act), in microseconds")
          .requires(StandardCapabilities.DECISION_TIMER)
          .direction(Direction.LOWER_IS_BETTER)
          .build(),
      (params, rng, capabilities) -> new DecisionTime());

  private long totalNanos;
  private long steps;

  @Override
  public void record(Step<Object, Object, Object> step) {
    totalNanos += step.decisionNanos();
    steps++;
  }

  @Override
  public double value() {
    return steps == 0 ? Double.NaN : totalNanos / 1e3 / steps;
  }
}
