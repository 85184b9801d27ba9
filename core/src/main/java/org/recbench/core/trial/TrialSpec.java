package org.recbench.core.trial;

import java.io.Serializable;
import java.util.List;

/**
 * Everything needed to run one trial, independently of any other: a pure input of
 * {@code TrialSpec -> TrialResult}. Serializable so that any engine can ship it.
 *
 * @param scenario scenario name (part of the random-stream derivation)
 * @param environment configured environment
 * @param policy configured policy
 * @param metrics ids of the metrics recorded in this trial (those compatible with the pair)
 * @param seed seed index, 0-based
 * @param budget trial length
 * @param checkpoints ascending positions (in the budget's unit) where metrics are read; the last
 *     equals the budget's length
 * @param timeLimitMillis wall-time limit of the trial, or 0 for none
 */
public record TrialSpec(String scenario, ComponentConfig environment, ComponentConfig policy,
    List<String> metrics, int seed, Budget budget, List<Long> checkpoints, long timeLimitMillis)
    implements Serializable {

  /** Copies the lists. */
  public TrialSpec {
    metrics = List.copyOf(metrics);
    checkpoints = List.copyOf(checkpoints);
  }

  /**
   * Stable identity of the trial within its scenario, used to skip finished trials on resume:
   * environment and policy configurations plus seed index.
   */
  public String key() {
    return environment.canonical() + "|" + policy.canonical() + "|seed=" + seed;
  }
}
