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
import org.recbench.api.ComponentType;
import org.recbench.api.ConfigurationException;
import org.recbench.api.Descriptor;
import org.recbench.api.ParamProblem;
import org.recbench.api.SkipCheck;
import org.recbench.api.input.Excerpt;
import org.recbench.api.input.Memory;
import org.recbench.core.catalog.Catalog;
import org.recbench.core.scenario.ComponentSelection;
import org.recbench.core.scenario.Configurations;
import org.recbench.core.scenario.JsonPaths;
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
 * Every configuration — environment, policy and metric — is checked by its type's
 * {@link org.recbench.api.Validation}; a violation is a problem at the JSON path of the
 * parameter (in {@code params} or {@code grid}).
 */
public final class Planner {

  /** The most trials a plan may have, whatever the memory. */
  public static final long MAX_TRIALS = 10_000_000;
  /** Memory held per planned trial until the run is reported, an upper estimate. */
  static final long BYTES_PER_TRIAL = 4096;

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
    List<Configured> metrics = configure(scenario, scenario.metrics(), problems);
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
    long pairs = Memory.times(environments.size(), policies.size());
    if (pairs > maxTrials()) {
      throw new ScenarioException(scenario.file(), "$", environments.size()
          + " environment configurations x " + policies.size() + " policy configurations = "
          + pairs + " pairs, " + tooMany());
    }
    List<Kept> kept = new ArrayList<>();
    List<SkippedPair> skipped = new ArrayList<>();
    Map<String, LeftOut> leftOut = new LinkedHashMap<>();
    for (Configured environment : environments) {
      for (Configured policy : policies) {
        Map<ComponentConfig, Optional<String>> unrecordable =
            unrecordable(metrics, environment, policy);
        Optional<String> reason = environment.skipReason()
            .or(() -> Compatibility.policyIn(policy.descriptor(), environment.descriptor()))
            .or(policy::skipReason)
            .or(() -> rankingUnrecordable(unrecordable, scenario.rankBy()));
        if (reason.isPresent()) {
          skipped.add(new SkippedPair(environment.config().label(), policy.config().label(),
              reason.get()));
          continue;
        }
        List<ComponentConfig> recorded = new ArrayList<>();
        unrecordable.forEach((metric, why) -> {
          if (why.isPresent()) {
            leftOut.computeIfAbsent("metric " + metric.label() + " left out (" + why.get() + ")",
                k -> new LeftOut(new LinkedHashSet<>(), new LinkedHashSet<>()))
                .add(environment.config().label(), policy.config().label());
          } else {
            recorded.add(metric);
          }
        });
        kept.add(new Kept(environment.config(), policy.config(), recorded));
      }
    }
    long count = Memory.times(kept.size(), scenario.seeds());
    if (count > maxTrials()) {
      throw new ScenarioException(scenario.file(), kept.size() <= maxTrials() ? "$.seeds" : "$",
          kept.size() + " pairs x " + scenario.seeds() + " seeds = " + count + " trials, "
          + tooMany() + "; lower \"seeds\" (or --seeds) or select fewer configurations");
    }
    List<TrialSpec> trials = new ArrayList<>((int) count);
    for (Kept pair : kept) {
      for (int seed = 0; seed < scenario.seeds(); seed++) {
        trials.add(new TrialSpec(scenario.name(), pair.environment(), pair.policy(),
            pair.metrics(), seed, scenario.budget(), scenario.checkpoints(),
            scenario.timeLimitMillis()));
      }
    }
    if (trials.isEmpty()) {
      throw new ScenarioException(scenario.file(), "$", "every environment-policy pair is "
          + "skipped, so nothing would run: " + String.join("; ", skipped.stream()
              .map(SkippedPair::reason).distinct().toList()));
    }
    List<String> notes = new ArrayList<>(scenario.notes());
    leftOut.forEach((text, where) -> notes.add(text + where.describe()));
    return new Plan(scenario, metrics.stream().map(Configured::config).toList(), trials, skipped,
        notes);
  }

  /** For each metric configuration, in order, why it cannot be recorded for the pair, if so. */
  private static Map<ComponentConfig, Optional<String>> unrecordable(List<Configured> metrics,
      Configured environment, Configured policy) {
    Map<ComponentConfig, Optional<String>> reasons = new LinkedHashMap<>();
    for (Configured metric : metrics) {
      reasons.put(metric.config(), metric.skipReason().or(() -> Compatibility.metricFor(
          metric.descriptor(), environment.descriptor(), policy.descriptor())));
    }
    return reasons;
  }

  /** Why the ranking metric (by key) cannot be recorded for the pair, if so. */
  private static Optional<String> rankingUnrecordable(
      Map<ComponentConfig, Optional<String>> unrecordable, String rankBy) {
    return unrecordable.entrySet().stream()
        .filter(entry -> entry.getKey().label().equals(rankBy))
        .findFirst()
        .flatMap(entry -> entry.getValue().map(why -> "ranking metric " + why));
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
          validate(scenario, selection, config, problems);
          configured.add(new Configured(descriptor, config,
              skipReason(scenario, descriptor, config, selection.source(), problems)));
        }
      }
    }
    return configured;
  }

  /** Records the problems the type's validation finds in {@code config}. */
  private void validate(Scenario scenario, ComponentSelection selection, ComponentConfig config,
      List<Problem> problems) {
    ComponentType<?> type = catalog.find(config.id()).orElseThrow();
    List<ParamProblem> found;
    try {
      found = type.validation().check(config.toParams());
    } catch (ConfigurationException e) {
      found = List.of(new ParamProblem(null, e.getMessage()));
    } catch (RuntimeException e) {
      found = List.of(new ParamProblem(null, "its validation failed on these parameters: "
          + failure(e)));
    }
    for (ParamProblem problem : found) {
      problems.add(new Problem(scenario.file(), pathOf(selection, problem.parameter()),
          config.label() + ": " + problem.message()));
    }
  }

  /** The JSON path where {@code parameter} of {@code selection} is set, or the entry's path. */
  private static String pathOf(ComponentSelection selection, String parameter) {
    if (parameter != null && selection.params().containsKey(parameter)) {
      return JsonPaths.member(JsonPaths.member(selection.source(), "params"), parameter);
    }
    if (parameter != null && selection.grid().containsKey(parameter)) {
      return JsonPaths.member(JsonPaths.member(selection.source(), "grid"), parameter);
    }
    return selection.source();
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
    } catch (RuntimeException e) {
      problems.add(new Problem(scenario.file(), source, config.label() + ": its skip check "
          + "failed on these parameters: " + failure(e)));
      return Optional.empty();
    }
  }

  /**
   * A plugin's check that threw on parameters the scenario gave (an integer too large for an
   * {@code int}): bad input for the user, reported like any problem.
   */
  private static String failure(RuntimeException e) {
    return Excerpt.limit(e.getMessage() == null ? e.getClass().getSimpleName()
        : e.getClass().getSimpleName() + ": " + e.getMessage(), 500);
  }

  /** A pair that runs, with the metrics it records. */
  private record Kept(ComponentConfig environment, ComponentConfig policy,
      List<ComponentConfig> metrics) {}

  /**
   * The most trials a plan may have: {@value #MAX_TRIALS}, and no more than fit in this JVM's
   * memory at about {@value #BYTES_PER_TRIAL} bytes each (the spec, its result and its line of
   * {@code trials.jsonl} are all held until the run is reported).
   */
  public static long maxTrials() {
    return Math.min(MAX_TRIALS, Memory.maxHeapBytes() / BYTES_PER_TRIAL);
  }

  private static String tooMany() {
    return "more than the " + maxTrials() + " trials a plan may have (at most " + MAX_TRIALS
        + ", and about " + Memory.format(BYTES_PER_TRIAL) + " of memory each: this JVM may use "
        + Memory.format(Memory.maxHeapBytes()) + ", raise it with -Xmx)";
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
