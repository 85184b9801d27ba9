package org.recbench.core.trial;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Everything needed to run one trial, independently of any other: a pure input of
 * {@code TrialSpec -> TrialResult}. Serializable so that any engine can ship it; equal specs
 * (also after a round trip through {@code trials.jsonl} or Java serialization) have equal keys.
 *
 * @param scenario scenario name (part of the random-stream derivation)
 * @param environment configured environment
 * @param policy configured policy
 * @param metrics configured metrics recorded in this trial (those compatible with the pair), in
 *     scenario order; their labels key the values in the results
 * @param seed seed index, 0-based
 * @param budget trial length
 * @param checkpoints ascending positions (in the budget's unit) where metrics are read; the last
 *     equals the budget's length
 * @param timeLimitMillis wall-time limit of the trial, or 0 for none
 */
public record TrialSpec(String scenario, ComponentConfig environment, ComponentConfig policy,
    List<ComponentConfig> metrics, int seed, Budget budget, List<Long> checkpoints,
    long timeLimitMillis) implements Serializable {

  /** Copies the lists. */
  public TrialSpec {
    metrics = List.copyOf(metrics);
    checkpoints = List.copyOf(checkpoints);
  }

  /**
   * Identity of the trial: 32 hexadecimal digits of the SHA-256 of everything that defines its
   * result — scenario, environment and policy configurations, seed, budget, checkpoints,
   * metric configurations and time limit (labels excluded). Resume skips a planned trial only
   * when a finished result has its key, and engines deduplicate on it.
   */
  public String key() {
    return Digest.hex(16, "trial", scenario, environment.canonical(), policy.canonical(),
        Integer.toString(seed), budget.unit() + ":" + budget.length(), checkpoints.toString(),
        metrics.stream().map(ComponentConfig::canonical).collect(Collectors.joining(",")),
        Long.toString(timeLimitMillis));
  }

  /** The trial's coordinates in words, for messages: "bandit.ucb1 on bandit.bernoulli, seed 3". */
  public String describe() {
    return policy.label() + " on " + environment.label() + ", seed " + seed;
  }
}
