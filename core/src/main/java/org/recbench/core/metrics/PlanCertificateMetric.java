package org.recbench.core.metrics;

import java.util.function.ToDoubleFunction;
import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Direction;
import org.recbench.api.Kind;
import org.recbench.api.Metric;
import org.recbench.api.PlanCertificate;
import org.recbench.api.Protocol;
import org.recbench.api.StandardCapabilities;
import org.recbench.api.Step;

/**
 * What the policy's planner proved about its plan ({@link PlanCertificate}), constant over a
 * trial. Recorded for policies that provide {@code plan-certificate} and left out, with that
 * reason, for the others. The mean of {@link #CERTIFIED} over seeds is the share of trials whose
 * plan is certified ε-optimal, so a value below 1 marks uncertified plans in every report.
 */
public final class PlanCertificateMetric implements Metric<Object, Object, Object> {

  /** {@code planned-value}: the plan's value as the planner computed it. */
  public static final ComponentType<Metric<?, ?, ?>> PLANNED_VALUE = type("planned-value",
      "value of the policy's plan as its planner computed it (exact, or a proven lower bound)",
      Direction.HIGHER_IS_BETTER, PlanCertificate::value);

  /** {@code certified-bound}: the proven upper bound on the optimal value. */
  public static final ComponentType<Metric<?, ?, ?>> CERTIFIED_BOUND = type("certified-bound",
      "upper bound on the optimal value proven by the policy's planner (NaN when none)",
      Direction.NEUTRAL, PlanCertificate::upperBound);

  /** {@code certified-gap}: certified bound minus planned value. */
  public static final ComponentType<Metric<?, ?, ?>> CERTIFIED_GAP = type("certified-gap",
      "proven bound on how far the plan is from optimal: certified bound minus planned value",
      Direction.LOWER_IS_BETTER, PlanCertificate::gap);

  /** {@code certified}: 1 when the plan is certified ε-optimal, 0 when it is not. */
  public static final ComponentType<Metric<?, ?, ?>> CERTIFIED = type("certified",
      "1 when the planner certified its plan epsilon-optimal (gap <= its target), else 0",
      Direction.HIGHER_IS_BETTER, c -> c.certified() ? 1 : 0);

  private final double value;

  /** The metric reporting {@code value} throughout the trial. */
  public PlanCertificateMetric(double value) {
    this.value = value;
  }

  @Override
  public void record(Step<Object, Object, Object> step) {
    // The certificate is fixed when the policy is created.
  }

  @Override
  public double value() {
    return value;
  }

  private static ComponentType<Metric<?, ?, ?>> type(String id, String description,
      Direction direction, ToDoubleFunction<PlanCertificate> read) {
    return ComponentType.metric(
        Descriptor.builder(Kind.METRIC, id, Protocol.ANY)
            .description(description)
            .requires(StandardCapabilities.PLAN_CERTIFICATE)
            .direction(direction)
            .build(),
        (params, rng, capabilities) -> new PlanCertificateMetric(
            read.applyAsDouble(capabilities.require(StandardCapabilities.PLAN_CERTIFICATE))));
  }
}
