package org.recbench.sarsop.solve;

import org.recbench.api.PlanningStats;

/**
 * Planning cost of a SARSOP policy: the wall time of the pomdpsol run that produced it (recorded
 * in the cache, so every trial that reuses the policy reports the same cost). pomdpsol's backups
 * are not parsed from its console output, so {@link #nodesExpanded()} is 0.
 *
 * @param planningMillis pomdpsol wall time in milliseconds
 * @param nodesExpanded always 0
 */
public record SolveStats(double planningMillis, long nodesExpanded) implements PlanningStats {}
