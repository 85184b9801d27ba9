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
 * {@code nodes-expanded}: total search nodes (or backups) the policy expanded so far in the
 * trial, as reported by its {@link PlanningStats}: a machine-independent measure of planning
 * effort next to {@link PlanningTime}.
 */
public final class NodesExpanded implements Metric<Object, Object, Object> {

  /** The component type registered by {@link CorePlugin}. */
  public static final ComponentType<Metric<?, ?, ?>> TYPE = ComponentType.metric(
      Descriptor.builder(Kind.METRIC, "nodes-expanded", Protocol.ANY)
          .description("total search nodes expanded by the policy's planner")
          .requires(StandardCapabilities.PLANNING_STATS)
          .direction(Direction.NEUTRAL)
          .build(),
      (params, rng, capabilities) ->
          new NodesExpanded(capabilities.require(StandardCapabilities.PLANNING_STATS)));

  private final PlanningStats stats;

  /** Creates the metric reading one policy's statistics. */
  public NodesExpanded(PlanningStats stats) {
    this.stats = stats;
  }

  @Override
  public void record(Step<Object, Object, Object> step) {
    // The policy keeps the running total; it is read at checkpoints.
  }

  @Override
  public double value() {
    return stats.nodesExpanded();
  }
}
