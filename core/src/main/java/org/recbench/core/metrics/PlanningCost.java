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
 * A planning statistic the policy keeps in its {@link PlanningStats}, read at checkpoints.
 * Planning cost is kept apart from decision time because planners plan once (per trial, or once
 * per run for a deterministic plan shared by the trials) and reuse the plan across episodes.
 */
public final class PlanningCost implements Metric<Object, Object, Object> {

  /**
   * {@code planning-time}: wall time of the planning behind the policy, in milliseconds; for a
   * reused plan, the time of the computation that produced it (see {@link #PLANNING_REUSED}).
   */
  public static final ComponentType<Metric<?, ?, ?>> PLANNING_TIME = type("planning-time",
      "wall time of the planning behind the policy, in milliseconds (for a reused plan: of the"
          + " computation that produced it)", Direction.LOWER_IS_BETTER, "ms",
      true, Summary.MEDIAN, PlanningStats::planningMillis);

  /**
   * {@code nodes-expanded}: search nodes (or backups) of that planning, a machine-independent
   * measure of planning effort.
   */
  public static final ComponentType<Metric<?, ?, ?>> NODES_EXPANDED = type("nodes-expanded",
      "search nodes expanded by the planning behind the policy", Direction.NEUTRAL, "nodes",
      false, Summary.MEDIAN, PlanningStats::nodesExpanded);

  /**
   * {@code planning-reused}: 1 when the trial reused a plan computed before it (by an analysis,
   * another trial or a solver's cache), 0 when it planned itself; the mean over seeds is the
   * share of trials whose planning time is not their own measurement.
   */
  public static final ComponentType<Metric<?, ?, ?>> PLANNING_REUSED = type("planning-reused",
      "1 when the policy reused a plan computed before the trial (its planning-time is that"
          + " computation's), 0 when it planned in the trial", Direction.NEUTRAL, "",
      false, Summary.MEAN, stats -> stats.reused() ? 1 : 0);

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
      Summary summary, ToDoubleFunction<PlanningStats> total) {
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
            .summary(summary)
            .build(),
        (params, rng, capabilities) ->
            new PlanningCost(capabilities.require(StandardCapabilities.PLANNING_STATS), total));
  }
}
