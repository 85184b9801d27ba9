package org.recbench.sarsop;

import java.util.List;
import org.recbench.api.AnalysisResult;
import org.recbench.api.Fact;
import org.recbench.api.PlanCertificate;
import org.recbench.sarsop.solve.SarsopReport;
import org.recbench.sarsop.solve.SolveStats;
import org.recbench.sarsop.solve.StopReason;

/**
 * The facts {@code sarsop.solve}'s analysis reports once per configuration: the certificate under
 * the names every planner uses (planned value, certified upper bound, certified gap, epsilon,
 * certified), then SARSOP's own account — bounds at b0, stop reason, times, size of the policy —
 * and whether the solve came from the cache of an earlier run (its times are then that run's).
 * Values are those of the model SARSOP solved: discounted by {@code discount}, or equal to the
 * undiscounted expected likes with {@code undiscounted-exact}.
 */
final class SolveFacts {

  /** Unit of SARSOP's values. */
  private static final String VALUE = "value of the solved model";

  private SolveFacts() {}

  /** The facts of {@code stats} solved with target precision {@code precision}. */
  static AnalysisResult of(SolveStats stats, double precision) {
    PlanCertificate certificate = stats.certificate(precision);
    SarsopReport report = stats.report();
    return new AnalysisResult(List.of(
        new Fact("planned value", certificate.value(), VALUE),
        new Fact("certified upper bound", certificate.upperBound(), VALUE),
        new Fact("certified gap", certificate.gap(), VALUE),
        new Fact("epsilon", precision, VALUE),
        new Fact("certified epsilon-optimal (1 = yes)", certificate.certified() ? 1 : 0, ""),
        new Fact("SARSOP lower bound at b0", report.lowerBound(), VALUE),
        new Fact("SARSOP upper bound at b0", report.upperBound(), VALUE),
        new Fact("stopped on timeout (1 = yes)", report.stop() == StopReason.TIMEOUT ? 1 : 0, ""),
        new Fact("reached target precision (1 = yes)", report.converged() ? 1 : 0, ""),
        new Fact("SARSOP solver time", report.solverSeconds(), "s"),
        new Fact("planning time", stats.planningMillis(), "ms"),
        new Fact("solved in an earlier run (1 = yes, times are that run's)",
            stats.cached() ? 1 : 0, ""),
        new Fact("alpha vectors", report.alphaVectors(), "vectors"),
        new Fact("belief backups", report.backups(), "nodes")), List.of());
  }
}
