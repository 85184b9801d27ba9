package org.recbench.api;

/** Cost of a planning policy's planning, exposed to metrics (planning time is not step time). */
public interface PlanningStats {

  /** Total wall time spent planning in this trial, in milliseconds. */
  double planningMillis();

  /** Total search nodes (or backups) expanded in this trial; 0 when not meaningful. */
  long nodesExpanded();
}
