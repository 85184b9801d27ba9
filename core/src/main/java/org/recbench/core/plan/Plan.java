package org.recbench.core.plan;

import java.util.List;
import java.util.Objects;
import org.recbench.core.scenario.Scenario;
import org.recbench.core.trial.ComponentConfig;
import org.recbench.core.trial.TrialSpec;
import org.recbench.reports.SkippedPair;

/**
 * The trials of a scenario, ordered environment configuration, then policy configuration, then
 * seed; the pairs that will not run, with the reason; and remarks for the user.
 *
 * @param scenario the scenario planned
 * @param metrics every selected metric configuration, in scenario order (each trial records
 *     those compatible with its pair)
 * @param trials every trial to run, at least one
 * @param skipped pairs not run, with the reason (incompatible, cannot run here)
 * @param notes remarks such as a metric left out of some pairs
 */
public record Plan(Scenario scenario, List<ComponentConfig> metrics, List<TrialSpec> trials,
    List<SkippedPair> skipped, List<String> notes) {

  /** Validates and copies the components. */
  public Plan {
    Objects.requireNonNull(scenario, "scenario");
    metrics = List.copyOf(metrics);
    trials = List.copyOf(trials);
    skipped = List.copyOf(skipped);
    notes = List.copyOf(notes);
  }
}
