package org.recbench.core.trial;

import java.util.Objects;
import org.recbench.api.AnalysisResult;

/**
 * The outcome of one {@link org.recbench.api.Analysis}: one line of {@code analyses.jsonl}.
 *
 * @param component id of the component type whose analysis ran (the environment, or the policy
 *     of a pair)
 * @param environment the environment configuration analysed
 * @param policy the policy configuration for a policy's analysis, null for an environment's
 * @param result what the analysis found ({@link AnalysisResult#EMPTY} when it failed)
 * @param error why it failed (exception type and message), or null
 * @param wallMillis wall time of the analysis
 */
public record AnalysisRecord(String component, ComponentConfig environment,
    ComponentConfig policy, AnalysisResult result, String error, long wallMillis) {

  /** Validates the components. */
  public AnalysisRecord {
    Objects.requireNonNull(component, "component");
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(result, "result");
  }

  /** Whether the analysis ran without error. */
  public boolean ok() {
    return error == null;
  }

  /** What the record is about: the configuration(s) and component; equal for a rerun. */
  public String key() {
    return Digest.hex(16, "analysis", component, environment.canonical(),
        policy == null ? "" : policy.canonical());
  }
}
