package org.recbench.churn.plan;

/**
 * What every churn planner that returns a {@link Plan} reports: the plan with its certificate
 * (value, proven upper bound, gap, ε, certified), the nodes the search expanded and its wall
 * time. Implemented by the results of branch and bound and of the multiset DP.
 */
public interface PlannerResult {

  /** The plan and its certificate. */
  Plan plan();

  /** Nodes expanded: prefixes (branch and bound) or multisets (DP). */
  long nodesExpanded();

  /** Wall time of the planner in milliseconds. */
  double planningMillis();
}
