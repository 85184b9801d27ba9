package org.recbench.api;

/** The three kinds of components a plugin contributes. */
public enum Kind {
  /** An {@link Environment}. */
  ENVIRONMENT,
  /** A {@link Policy}. */
  POLICY,
  /** A {@link Metric}. */
  METRIC;

  /** Lower-case name used in scenarios and messages. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
