package org.recbench.churn.plan;

import org.recbench.api.PlanningStats;

/**
 * What planning cost, exposed to metrics through {@link PlanningStats}.
 *
 * @param planningMillis wall time of the planner, in milliseconds
 * @param nodesExpanded prefixes expanded (B&amp;B), multisets evaluated (DP) or point backups
 *     (PBVI)
 */
public record PlanningCost(double planningMillis, long nodesExpanded) implements PlanningStats {}
