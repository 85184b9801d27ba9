package org.recbench.core.metrics;

import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Direction;
import org.recbench.api.Kind;
import org.recbench.api.Metric;
import org.recbench.api.PlanningStats;
import org.recbench.api.Protocol;
import org.recbench.api.StandardCapabilities;
import org.recbench.api.Step;

/**
 * {@code planning-time}: total wall time the policy spent planning so far in the trial, in
 * milliseconds, as reported by its {@link PlanningStats}. Kept apart from decision time because
 * planners may plan once per trial and reuse the plan.
 */
public final class PlanningTime implements Metric<Object, Object, Object> {

  /** The component type registered by {@link CorePlugin}. */
  public static final ComponentType<Metric<?, ?, ?>> TYPE = ComponentType.metric(
      Descriptor.builder(Kind.METRIC, "planning-time", Protocol.ANY)
          .description("total planning wall time of the policy, in milliseconds")
          .requires(StandardCapabilities.PLANNING_STATS)
          .direction(Direction.LOWER_IS_BETTER)
          .build(),
      (params, rng, capabilities) ->
          new PlanningTime(capabilities.require(StandardCapabilities.PLANNING_STATS)));

  private final PlanningStats stats;

  /** Creates the metric reading one policy's statistics. */
  public PlanningTime(PlanningStats stats) {
    this.stats = stats;
  }

  @Override
  public void record(Step<Object, Object, Object> step) {
    // The policy keeps the running total; it is read at checkpoints.
  }

  @Override
  public double value() {
    return stats.planningMillis();
  }
}
