package org.recbench.core.stats;

/** How the 95% confidence interval of a mean over seeds is computed. */
public enum ConfidenceMethod {
  /** Student-t interval, see {@link StudentTInterval}: exact for normal data, the default. */
  T,
  /**
   * Percentile bootstrap, see {@link PercentileBootstrap}: no normality assumption, but too
   * narrow for very few seeds.
   */
  BOOTSTRAP
}
