package org.recbench.core.metrics;

import java.util.function.ToDoubleFunction;
import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Direction;
import org.recbench.api.Kind;
import org.recbench.api.Metric;
import org.recbench.api.PlanningStats;
import org.recbench.api.Protocol;
import org.recbench.api.StandardCapabilities;
import org.recbench.api.Step;
import org.recbench.api.Summary;

/**
 * A running total the policy keeps in its {@link PlanningStats}, read at checkpoints. Planning
 * cost is kept apart from decision time because planners may plan once per trial and reuse the
 * plan across episodes.
 */
public final class PlanningCost implements Metric<Object, Object, Object> {

  /** {@code planning-time}: total wall time the policy spent planning, in milliseconds. */
  public static final ComponentType<Metric<?, ?, ?>> PLANNING_TIME = type("planning-time",
      "total planning wall time of the policy, in milliseconds", Direction.LOWER_IS_BETTER, "ms",
      true, PlanningStats::planningMillis);

  /**
   * {@code nodes-expanded}: total search nodes (or backups) the policy expanded, a
   * machine-independent measure of planning effort.
   */
  public static final ComponentType<Metric<?, ?, ?>> NODES_EXPANDED = type("nodes-expanded",
      "total search nodes expanded by the policy's planner", Direction.NEUTRAL, "nodes",
      false, PlanningStats::nodesExpanded);

  private final PlanningStats stats;
  private final ToDoubleFunction<PlanningStats> total;

  /** Creates the metric reading {@code total} from one policy's statistics. */
  public PlanningCost(PlanningStats stats, ToDoubleFunction<PlanningStats> total) {
    this.stats = stats;
    this.total = total;
  }

  @Override
  public void record(Step<Object, Object, Object> step) {
    // The policy keeps the running total.
  }

  @Override
  public double value() {
    return total.applyAsDouble(stats);
  }

  private static ComponentType<Metric<?, ?, ?>> type(String id, String description,
      Direction direction, String unit, boolean wallClock,
      ToDoubleFunction<PlanningStats> total) {
    Descriptor.Builder descriptor = Descriptor.builder(Kind.METRIC, id, Protocol.ANY);
    if (wallClock) {
      descriptor.wallClock();
    }
    return ComponentType.metric(
        descriptor
            .description(description)
            .requires(StandardCapabilities.PLANNING_STATS)
            .direction(direction)
            .unit(unit)
            .nonNegative()
            .summary(Summary.MEDIAN)
            .build(),
        (params, rng, capabilities) ->
            new PlanningCost(capabilities.require(StandardCapabilities.PLANNING_STATS), total));
  }
}
