package org.recbench.api;

/**
 * Results that depend on a configuration only, not on a seed — an ODE limit, the optimal value
 * V*, a model estimated from data, a plan and its planning time — computed once per run before
 * the trials and stored in the run directory ({@code analyses.jsonl}), so reports show them next
 * to the simulations. An environment type's analysis runs once per environment configuration; a
 * policy type's analysis runs once per planned (environment configuration, policy configuration)
 * pair. Work the trials also need is shared through {@link AnalysisContext#shared()}.
 */
@FunctionalInterface
public interface Analysis {

  /** No analysis. */
  Analysis NONE = context -> AnalysisResult.EMPTY;

  /**
   * Analyses one configuration. An exception is recorded as the analysis's error (shown in the
   * reports, exit code 1 like a failed trial) and the run goes on.
   */
  AnalysisResult analyse(AnalysisContext context);
}
