package org.recbench.api;

/**
 * Capabilities shared by all protocols. Some are <em>markers</em>: an environment declares them
 * in {@link Descriptor#provides()} as a promise about its behaviour and returns no value for
 * them; components that require a marker are paired only with environments that declare it.
 */
public final class StandardCapabilities {

  /**
   * Expected rewards of actions as a pure function of the observation, provided by environments
   * that know them; oracle baselines read it. Regret metrics use
   * {@link #EXPECTED_REWARDS} instead, which also covers environments with hidden state.
   */
  @SuppressWarnings({"rawtypes", "unchecked"})
  public static final Capability<Oracle<Object, Object>> ORACLE = new Capability(
      "oracle", Oracle.class, "expected reward of each action and of the best one");

  /**
   * Marker: every {@link Outcome} carries the step's expected reward and the best expected
   * reward ({@link Outcome#expected}), computed before the environment's state moves.
   */
  public static final Capability<Boolean> EXPECTED_REWARDS = new Capability<>(
      "expected-rewards", Boolean.class,
      "marker: every outcome carries the step's expected and best expected reward");

  /** Planning cost, provided by planning policies. */
  public static final Capability<PlanningStats> PLANNING_STATS = new Capability<>(
      "planning-stats", PlanningStats.class, "planning wall time and nodes expanded");

  /** What a planner proved about its plan ({@link PlanCertificate}); provided by planners. */
  public static final Capability<PlanCertificate> PLAN_CERTIFICATE = new Capability<>(
      "plan-certificate", PlanCertificate.class,
      "the plan's value, a proven upper bound on the optimum and the target epsilon");

  /**
   * Provided by the harness: metrics that require it get {@link Step#decisionNanos()} and
   * {@link Step#learnNanos()} filled in. The value is a marker; timing is skipped when no
   * selected metric requires it.
   */
  public static final Capability<Boolean> DECISION_TIMER = new Capability<>(
      "decision-timer", Boolean.class,
      "harness measures the wall time of every act() and learn() call");

  /**
   * Provided by the harness to any component (environment, policy, metric, analysis) that
   * requires it: work shared by the trials of a run.
   */
  public static final Capability<SharedWork> SHARED_WORK = new Capability<>(
      "shared-work", SharedWork.class, "harness: compute once per run what trials share");

  private StandardCapabilities() {}
}
