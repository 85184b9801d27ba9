package org.recbench.sarsop.solve;

/** Why pomdpsol stopped, from its "SARSOP finishing ..." block. */
public enum StopReason {
  /** "target precision reached": the gap at b0 fell below {@code --precision}. */
  PRECISION,
  /** "Preset timeout reached": {@code --timeout} ran out first; the policy is not converged. */
  TIMEOUT,
  /** No finishing block in the output (another stop, an older or fake binary). */
  UNKNOWN
}
