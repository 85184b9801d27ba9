package org.recbench.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recbench.core.catalog.Catalog;
import org.recbench.core.plan.Plan;
import org.recbench.core.plan.Planner;
import org.recbench.core.run.TrialRunner;
import org.recbench.core.scenario.ScenarioException;
import org.recbench.core.scenario.ScenarioLoader;
import org.recbench.core.trial.TrialSpec;

/**
 * One (environment, policy) pair with its parameters, metrics and budget, run over seeds
 * 0..n-1 exactly as a scenario with these settings would run it. Parameter values are the Java
 * forms of JSON values: numbers, booleans, strings, {@code double[]}, {@code double[][]} or
 * lists. Bad settings fail {@link #run} with the same message a scenario would get. The
 * {@code reward} metric is always recorded (the scenario ranks by it).
 */
public final class TrialBuilder {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Recorded in every trial so the scenario has a metric to rank by, whatever else is asked. */
  private static final String RANKING = "reward";

  private final Catalog catalog;
  private final String environment;
  private final String policy;
  private final Map<String, Object> environmentParams = new LinkedHashMap<>();
  private final Map<String, Object> policyParams = new LinkedHashMap<>();
  private final List<Object> metrics = new ArrayList<>();
  private String lengthKey = "horizon";
  private long length = 1000;
  private long[] checkpoints = {};
  private int seeds = 1;
  private double timeLimitSeconds;
  private String scenario = "test";

  TrialBuilder(Catalog catalog, String environment, String policy) {
    this.catalog = catalog;
    this.environment = environment;
    this.policy = policy;
  }

  /** Sets an environment parameter. */
  public TrialBuilder environmentParam(String name, Object value) {
    environmentParams.put(name, value);
    return this;
  }

  /** Sets environment parameters. */
  public TrialBuilder environmentParams(Map<String, ?> values) {
    environmentParams.putAll(values);
    return this;
  }

  /** Sets a policy parameter. */
  public TrialBuilder policyParam(String name, Object value) {
    policyParams.put(name, value);
    return this;
  }

  /** Sets policy parameters. */
  public TrialBuilder policyParams(Map<String, ?> values) {
    policyParams.putAll(values);
    return this;
  }

  /** Records metric {@code id} with its default parameters; its key is the id. */
  public TrialBuilder metric(String id) {
    metrics.add(id);
    return this;
  }

  /** Records metric {@code id} with {@code params}; its key is {@code id[name=value, ...]}. */
  public TrialBuilder metric(String id, Map<String, ?> params) {
    metrics.add(Map.of("id", id, "params", params));
    return this;
  }

  /** Runs {@code steps} steps per trial (the default: 1000). */
  public TrialBuilder horizon(long steps) {
    lengthKey = "horizon";
    length = steps;
    return this;
  }

  /** Runs {@code count} episodes per trial. */
  public TrialBuilder episodes(long count) {
    lengthKey = "episodes";
    length = count;
    return this;
  }

  /** Reads metrics at these positions too (the end is always a checkpoint). */
  public TrialBuilder checkpoints(long... positions) {
    checkpoints = positions.clone();
    return this;
  }

  /** Runs seeds 0..{@code count}-1 (the default: 1). */
  public TrialBuilder seeds(int count) {
    seeds = count;
    return this;
  }

  /** Fails a trial that runs longer than {@code seconds} of wall time (default: no limit). */
  public TrialBuilder timeLimitSeconds(double seconds) {
    timeLimitSeconds = seconds;
    return this;
  }

  /** Names the scenario, which enters every random stream (default: "test"). */
  public TrialBuilder scenario(String name) {
    scenario = name;
    return this;
  }

  /** The planned trials, one per seed, as a scenario with these settings plans them. */
  public List<TrialSpec> plan() {
    try {
      Plan plan = new Planner(catalog).plan(new ScenarioLoader(catalog).parse(json(),
          Path.of(scenario + ".json")));
      return plan.trials();
    } catch (ScenarioException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /**
   * Runs every planned trial on this thread and returns their outcomes, by seed.
   *
   * @throws IllegalArgumentException with the scenario problems when the settings are invalid
   */
  public List<TrialOutcome> run() {
    TrialRunner runner = new TrialRunner(catalog);
    return plan().stream().map(runner::run).map(TrialOutcome::new).toList();
  }

  /** The one trial of a single-seed run. */
  public TrialOutcome runOne() {
    List<TrialOutcome> outcomes = seeds(1).run();
    return outcomes.get(0);
  }

  private String json() {
    ObjectNode root = JSON.createObjectNode();
    root.put("name", scenario);
    root.put("seeds", seeds);
    root.put(lengthKey, length);
    if (checkpoints.length > 0) {
      ArrayNode positions = root.putArray("checkpoints");
      for (long position : checkpoints) {
        if (position != length) {
          positions.add(position);
        }
      }
    }
    root.putArray("environments").add(entry(environment, environmentParams));
    root.putArray("policies").add(entry(policy, policyParams));
    ArrayNode selected = root.putArray("metrics");
    if (!metrics.contains(RANKING)) {
      selected.add(RANKING);
    }
    metrics.forEach(m -> selected.add(JSON.valueToTree(m)));
    root.putObject("leaderboard").put("rank-by", RANKING).put("higher-is-better", true);
    if (timeLimitSeconds > 0) {
      root.put("time-limit-seconds", timeLimitSeconds);
    }
    return root.toString();
  }

  private static ObjectNode entry(String id, Map<String, Object> params) {
    ObjectNode node = JSON.createObjectNode().put("id", id);
    node.set("params", JSON.valueToTree(params));
    return node;
  }
}
