package org.recbench.api;

/**
 * Cost of a planning policy's planning, exposed to metrics (planning time is not step time). A
 * deterministic plan is often computed once and reused — by the trials of a run through
 * {@link SharedWork}, or across runs through a solver's cache — and its cost is then the cost of
 * that one computation, with {@link #reused()} saying that this trial did not pay it.
 */
public interface PlanningStats {

  /**
   * Wall time of the planning behind this trial's policy, in milliseconds: spent in this trial,
   * or, when {@link #reused()}, by the computation whose plan the trial reuses.
   */
  double planningMillis();

  /** Search nodes (or backups) of that planning; 0 when not meaningful. */
  long nodesExpanded();

  /**
   * Whether the plan was computed before this trial (by an analysis, another trial or a solver's
   * cache) and reused, so {@link #planningMillis()} is not a measurement of this trial.
   */
  default boolean reused() {
    return false;
  }
}
