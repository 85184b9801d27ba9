package org.recbench.core.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.recbench.api.ConfigurationException;
import org.recbench.api.Descriptor;
import org.recbench.api.SkipCheck;
import org.recbench.core.catalog.Catalog;
import org.recbench.core.scenario.ComponentSelection;
import org.recbench.core.scenario.Problem;
import org.recbench.core.scenario.Scenario;
import org.recbench.core.scenario.ScenarioException;
import org.recbench.core.trial.ComponentConfig;
import org.recbench.core.trial.TrialSpec;
import org.recbench.reports.SkippedPair;

/**
 * Expands a {@link Scenario} into its trials. Every environment configuration meets every policy
 * configuration; a pair is skipped, with the reason, when
 * <ol>
 *   <li>a component's {@link SkipCheck} gives a reason (checked once per configuration),
 *   <li>the policy speaks another protocol than the environment,
 *   <li>the policy requires a capability the environment does not provide, or
 *   <li>the ranking metric cannot be recorded for the pair.
 * </ol>
 * Any other metric that cannot be recorded for a pair (protocol, a capability provided by neither
 * the environment, the policy nor the harness) is left out of that pair's trials, with a note.
 */
public final class Planner {

  private final Catalog catalog;

  /** A planner resolving component ids against {@code catalog}. */
  public Planner(Catalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
  }

  /** A configuration with the descriptor it came from and why it cannot run, if so. */
  private record Configured(Descriptor descriptor, ComponentConfig config,
      Optional<String> skipReason) {}

  /**
   * Plans {@code scenario}.
   *
   * @throws ScenarioException when two entries select the same configuration, a skip check
   *     rejects its parameters, or every pair is skipped
   */
  public Plan plan(Scenario scenario) throws ScenarioException {
    List<Problem> problems = new ArrayList<>();
    List<Configured> environments = configure(scenario, scenario.environments(), problems);
    List<Configured> policies = configure(scenario, scenario.policies(), problems);
    Map<String, Optional<String>> metricSkips = new HashMap<>();
    for (String metric : scenario.metrics()) {
      Descriptor descriptor = catalog.metric(metric).descriptor();
      metricSkips.put(metric, skipReason(scenario, descriptor,
          Configurations.configure(descriptor, Map.of()), "$.metrics", problems));
    }
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
    List<TrialSpec> trials = new ArrayList<>();
    List<SkippedPair> skipped = new ArrayList<>();
    Map<String, LeftOut> leftOut = new LinkedHashMap<>();
    for (Configured environment : environments) {
      for (Configured policy : policies) {
        Map<String, Optional<String>> unrecordable =
            unrecordable(scenario.metrics(), metricSkips, environment, policy);
        Optional<String> reason = environment.skipReason()
            .or(() -> Compatibility.policyIn(policy.descriptor(), environment.descriptor()))
            .or(policy::skipReason)
            .or(() -> unrecordable.get(scenario.rankBy()).map(why -> "ranking metric " + why));
        if (reason.isPresent()) {
          skipped.add(new SkippedPair(environment.config().label(), policy.config().label(),
              reason.get()));
          continue;
        }
        List<String> metrics = new ArrayList<>();
        unrecordable.forEach((metric, why) -> {
          if (why.isPresent()) {
            leftOut.computeIfAbsent("metric " + metric + " left out (" + why.get() + ")",
                k -> new LeftOut(new LinkedHashSet<>(), new LinkedHashSet<>()))
                .add(environment.config().label(), policy.config().label());
          } else {
            metrics.add(metric);
          }
        });
        for (int seed = 0; seed < scenario.seeds(); seed++) {
          trials.add(new TrialSpec(scenario.name(), environment.config(), policy.config(),
              metrics, seed, scenario.budget(), scenario.checkpoints(),
              scenario.timeLimitMillis()));
        }
      }
    }
    if (trials.isEmpty()) {
      throw new ScenarioException(scenario.file(), "$", "every environment-policy pair is "
          + "skipped, so nothing would run: " + String.join("; ", skipped.stream()
              .map(SkippedPair::reason).distinct().toList()));
    }
    List<String> notes = new ArrayList<>(scenario.notes());
    leftOut.forEach((text, where) -> notes.add(text + where.describe()));
    return new Plan(scenario, trials, skipped, notes);
  }

  /** For each metric, in order, why it cannot be recorded for the pair, if so. */
  private Map<String, Optional<String>> unrecordable(List<String> metrics,
      Map<String, Optional<String>> metricSkips, Configured environment, Configured policy) {
    Map<String, Optional<String>> reasons = new LinkedHashMap<>();
    for (String metric : metrics) {
      reasons.put(metric, metricSkips.get(metric).or(() -> Compatibility.metricFor(
          catalog.metric(metric).descriptor(), environment.descriptor(), policy.descriptor())));
    }
    return reasons;
  }

  /** The configurations of {@code selections}; duplicates are problems. */
  private List<Configured> configure(Scenario scenario, List<ComponentSelection> selections,
      List<Problem> problems) {
    List<Configured> configured = new ArrayList<>();
    Map<String, String> sourceByCanonical = new HashMap<>();
    Map<String, String> canonicalByLabel = new HashMap<>();
    for (ComponentSelection selection : selections) {
      Descriptor descriptor = catalog.find(selection.id()).orElseThrow().descriptor();
      for (ComponentConfig config : Configurations.expand(selection, descriptor)) {
        String earlier = sourceByCanonical.putIfAbsent(config.canonical(), selection.source());
        String labelled = canonicalByLabel.putIfAbsent(config.label(), config.canonical());
        if (earlier != null) {
          problems.add(new Problem(scenario.file(), selection.source(), "configuration "
              + config.label() + " is selected twice (also by " + earlier + ")"));
        } else if (labelled != null) {
          problems.add(new Problem(scenario.file(), selection.source(), "label '"
              + config.label() + "' names two different configurations: give each entry its"
              + " own \"label\""));
        } else {
          configured.add(new Configured(descriptor, config,
              skipReason(scenario, descriptor, config, selection.source(), problems)));
        }
      }
    }
    return configured;
  }

  /** The component's skip check on {@code config}, prefixed by its id. */
  private Optional<String> skipReason(Scenario scenario, Descriptor descriptor,
      ComponentConfig config, String source, List<Problem> problems) {
    SkipCheck check = catalog.find(descriptor.id()).orElseThrow().skipCheck();
    try {
      return check.reason(config.toParams()).map(reason -> descriptor.id() + ": " + reason);
    } catch (ConfigurationException e) {
      problems.add(new Problem(scenario.file(), source, config.label() + ": " + e.getMessage()));
      return Optional.empty();
    }
  }

  /** Where a metric was left out: the environment and policy configurations concerned. */
  private record LeftOut(Set<String> environments, Set<String> policies) {

    void add(String environment, String policy) {
      environments.add(environment);
      policies.add(policy);
    }

    String describe() {
      String on = environments.size() == 1 ? environments.iterator().next()
          : environments.size() + " environment configurations";
      return " for " + String.join(", ", policies) + " on " + on;
    }
  }
}
