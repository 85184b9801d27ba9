package org.recbench.churn.plan;

import org.recbench.api.PlanningStats;

/**
 * What planning cost, exposed to metrics through {@link PlanningStats}.
 *
 * @param planningMillis wall time of the planner, in milliseconds
 * @param nodesExpanded prefixes expanded (B&amp;B), multisets evaluated (DP) or point backups
 *     (PBVI)
 * @param reused whether the plan was computed before the trial that reports this cost
 */
public record PlanningCost(double planningMillis, long nodesExpanded, boolean reused)
    implements PlanningStats {

  /** The cost of a plan computed by its reporter. */
  public PlanningCost(double planningMillis, long nodesExpanded) {
    this(planningMillis, nodesExpanded, false);
  }

  /** This cost, reported by a trial that reuses the plan. */
  public PlanningCost asReused() {
    return new PlanningCost(planningMillis, nodesExpanded, true);
  }
}
