package org.recbench.sarsop.solve;

/**
 * What pomdpsol printed about its run: the last row of its final summary table
 * ({@code Time | #Trial | #Backup | LBound | UBound | Precision | #Alphas | #Beliefs}) and the
 * reason it stopped. SARSOP prints its bounds with 6 significant digits; the gap is its own
 * "Precision" column, UB − LB at the initial belief. All values refer to the model SARSOP was
 * given (the discounted or rewritten export). Unknown numbers are NaN or −1.
 *
 * @param lowerBound SARSOP's lower bound on the value at b0 (the policy's guaranteed value)
 * @param upperBound SARSOP's upper bound on the optimal value at b0
 * @param gap SARSOP's precision reached, upper minus lower bound at b0
 * @param stop why the solver stopped
 * @param solverSeconds SARSOP's own elapsed time (the table's Time column, without loading)
 * @param trials search trials
 * @param backups belief backups
 * @param alphaVectors alpha vectors in the policy
 * @param beliefs beliefs sampled
 */
public record SarsopReport(double lowerBound, double upperBound, double gap, StopReason stop,
    double solverSeconds, long trials, long backups, long alphaVectors, long beliefs) {

  /** A run whose output had no summary table. */
  public static SarsopReport unknown() {
    return new SarsopReport(Double.NaN, Double.NaN, Double.NaN, StopReason.UNKNOWN, Double.NaN,
        -1, -1, -1, -1);
  }

  /** Whether SARSOP reached its target precision (rather than timing out). */
  public boolean converged() {
    return stop == StopReason.PRECISION;
  }
}
