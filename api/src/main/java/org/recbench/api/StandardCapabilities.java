package org.recbench.api;

/** Capabilities shared by all protocols. */
public final class StandardCapabilities {

  /** Expected rewards of actions, provided by environments that know them. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  public static final Capability<Oracle<Object, Object>> ORACLE = new Capability(
      "oracle", Oracle.class, "expected reward of each action and of the best one");

  /** Planning cost, provided by planning policies. */
  public static final Capability<PlanningStats> PLANNING_STATS = new Capability<>(
      "planning-stats", PlanningStats.class, "planning wall time and nodes expanded");

  /**
   * Provided by the harness: metrics that require it get {@link Step#decisionNanos()} filled in.
   * The value is a marker; timing is skipped when no selected metric requires it.
   */
  public static final Capability<Boolean> DECISION_TIMER = new Capability<>(
      "decision-timer", Boolean.class, "harness measures the wall time of every act() call");

  private StandardCapabilities() {}
}
