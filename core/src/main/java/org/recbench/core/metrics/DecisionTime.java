package org.recbench.core.metrics;

import java.util.function.ToLongFunction;
import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Direction;
import org.recbench.api.Kind;
import org.recbench.api.Metric;
import org.recbench.api.Protocol;
import org.recbench.api.StandardCapabilities;
import org.recbench.api.Step;

/**
 * Mean wall time per step of one policy call, in microseconds, as measured by the harness:
 * {@code decision-time} times {@code act} ({@link Step#decisionNanos()}), {@code learn-time}
 * times {@code learn} ({@link Step#learnNanos()}), where estimators refit. Requiring
 * {@link StandardCapabilities#DECISION_TIMER} is what switches the harness's timing on. NaN
 * before the first step.
 */
public final class DecisionTime implements Metric<Object, Object, Object> {

  /** {@code decision-time}: mean wall time of {@code act}. */
  public static final ComponentType<Metric<?, ?, ?>> TYPE = type("decision-time",
      "mean wall time of one decision (act), in microseconds", Step::decisionNanos);

  /** {@code learn-time}: mean wall time of {@code learn}. */
  public static final ComponentType<Metric<?, ?, ?>> LEARN = type("learn-time",
      "mean wall time of one update (learn), in microseconds", Step::learnNanos);

  private final ToLongFunction<Step<Object, Object, Object>> nanos;
  private long totalNanos;
  private long steps;

  /** Averages {@code nanos} of every step. */
  public DecisionTime(ToLongFunction<Step<Object, Object, Object>> nanos) {
    this.nanos = nanos;
  }

  @Override
  public void record(Step<Object, Object, Object> step) {
    totalNanos += nanos.applyAsLong(step);
    steps++;
  }

  @Override
  public double value() {
    return steps == 0 ? Double.NaN : totalNanos / 1e3 / steps;
  }

  private static ComponentType<Metric<?, ?, ?>> type(String id, String description,
      ToLongFunction<Step<Object, Object, Object>> nanos) {
    return ComponentType.metric(
        Descriptor.builder(Kind.METRIC, id, Protocol.ANY)
            .description(description)
            .requires(StandardCapabilities.DECISION_TIMER)
            .direction(Direction.LOWER_IS_BETTER)
            .unit("µs")
            .build(),
        (params, rng, capabilities) -> new DecisionTime(nanos));
  }
}
