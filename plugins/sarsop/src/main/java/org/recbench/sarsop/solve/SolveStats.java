package org.recbench.sarsop.solve;

import org.recbench.api.PlanCertificate;
import org.recbench.api.PlanningStats;

/**
 * Planning cost and outcome of a SARSOP policy. {@link #planningMillis()} is the wall time of the
 * pomdpsol run that produced the policy, also when the policy came from the cache:
 * {@link #cached()} (the harness's {@link #reused()}) then says that no solver ran for this trial,
 * so repeated trials do not look like fresh measurements. {@link #nodesExpanded()} is SARSOP's
 * number of belief backups (0 when its output was not available).
 *
 * @param planningMillis wall time of the pomdpsol run that wrote the policy, in milliseconds
 * @param nodesExpanded SARSOP's backups
 * @param cached whether the policy was read from the cache
 * @param report SARSOP's lower and upper bound at b0, gap reached and stop reason
 */
public record SolveStats(double planningMillis, long nodesExpanded, boolean cached,
    SarsopReport report) implements PlanningStats {

  /** Stats with only a time and a node count (no SARSOP report, not cached). */
  public SolveStats(double planningMillis, long nodesExpanded) {
    this(planningMillis, nodesExpanded, false, SarsopReport.unknown());
  }

  /** The stats of a solved (or cached) policy. */
  public static SolveStats of(SolvedPolicy solved) {
    return new SolveStats(solved.solveMillis(), Math.max(0, solved.report().backups()),
        solved.cached(), solved.report());
  }

  /** A cached policy was computed by an earlier pomdpsol run, not in this trial. */
  @Override
  public boolean reused() {
    return cached;
  }

  /**
   * SARSOP's certificate for the model it solved: its lower bound at b0 (the value the policy is
   * guaranteed), LB + the precision it reached as the bound on the optimum (the Precision column
   * carries more digits than the printed UBound), and {@code target} as ε, so the plan is
   * certified exactly when SARSOP reached its target precision. NaN when the output was not
   * available.
   */
  public PlanCertificate certificate(double target) {
    return new PlanCertificate(report.lowerBound(), report.lowerBound() + report.gap(), target);
  }
}
