package org.recbench.core.driver;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.recbench.core.plan.Plan;
import org.recbench.core.scenario.JsonPaths;
import org.recbench.core.scenario.ParamValues;
import org.recbench.core.scenario.Problem;
import org.recbench.core.scenario.ScenarioException;
import org.recbench.core.store.RunMetadata;
import org.recbench.core.store.RunSettings;
import org.recbench.core.trial.ComponentConfig;
import org.recbench.core.trial.TrialResult;
import org.recbench.core.trial.TrialSpec;

/**
 * Decides whether a run directory may be resumed with a plan. A resume may grow or shrink the
 * plan — more or fewer seeds, configurations added or removed — because finished trials still
 * in the plan keep their meaning; it may not change what a finished trial means: the scenario
 * name, the trial length, checkpoints, metrics, time limit, or the parameters of a
 * configuration whose environment label, policy label and seed are unchanged. Each such change
 * is a problem at the scenario key that made it, saying what differs.
 */
final class ResumeCheck {

  private static final int SHOWN_CONFLICTS = 5;

  private ResumeCheck() {}

  /**
   * Checks that {@code plan} may continue the run of {@code directory}.
   *
   * @param recorded the run's {@code run.json}
   * @param finished the run's recorded results
   * @throws ScenarioException listing every difference that forbids the resume
   */
  static void check(Path directory, RunMetadata recorded, List<TrialResult> finished, Plan plan)
      throws ScenarioException {
    Path file = plan.scenario().file();
    String refusal = " — a resume cannot change what a finished trial means; run without "
        + "--resume to start a new run";
    List<Problem> problems = new ArrayList<>();
    if (!recorded.scenario().equals(plan.scenario().name())) {
      problems.add(new Problem(file, "$.name", "run directory " + directory + " holds scenario '"
          + recorded.scenario() + "', not '" + plan.scenario().name() + "'"));
      throw new ScenarioException(problems);
    }
    RunSettings planned = RunMetadata.settingsOf(plan);
    for (RunSettings.Difference difference : recorded.settings().differences(planned)) {
      problems.add(new Problem(file, JsonPaths.member("$", difference.scenarioKey()),
          difference.text() + " of " + directory + refusal));
    }
    problems.addAll(parameterConflicts(directory, finished, plan, refusal));
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
  }

  /** Finished trials whose coordinates are planned with other parameters, one per pair. */
  private static List<Problem> parameterConflicts(Path directory, List<TrialResult> finished,
      Plan plan, String refusal) {
    Map<String, TrialSpec> planned = new HashMap<>();
    plan.trials().forEach(t -> planned.put(coordinates(t), t));
    Map<String, Problem> conflicts = new LinkedHashMap<>();
    for (TrialResult result : finished) {
      TrialSpec now = planned.get(coordinates(result.spec()));
      if (now == null || now.key().equals(result.key())) {
        continue;
      }
      TrialSpec then = result.spec();
      boolean environment = !then.environment().equals(now.environment());
      ComponentConfig old = environment ? then.environment() : then.policy();
      ComponentConfig current = environment ? now.environment() : now.policy();
      String pair = then.policy().label() + " on " + then.environment().label();
      conflicts.putIfAbsent(pair, new Problem(plan.scenario().file(),
          environment ? "$.environments" : "$.policies", "finished trials of " + pair + " in "
          + directory + " were run with " + changes(old, current) + refusal));
    }
    List<Problem> shown = new ArrayList<>(conflicts.values());
    return shown.size() <= SHOWN_CONFLICTS ? shown : shown.subList(0, SHOWN_CONFLICTS);
  }

  /** "b = 2 (the scenario now gives 3)" for each parameter that differs. */
  private static String changes(ComponentConfig then, ComponentConfig now) {
    List<String> changed = new ArrayList<>();
    Map<String, Object> before = new TreeMap<>(then.params());
    Map<String, Object> after = new TreeMap<>(now.params());
    for (String name : union(before, after)) {
      String a = text(before.get(name));
      String b = text(after.get(name));
      if (!a.equals(b)) {
        changed.add(name + " = " + a + " (the scenario now gives " + b + ")");
      }
    }
    return changed.isEmpty() ? "another configuration of " + then.id() : String.join(", ", changed);
  }

  private static List<String> union(Map<String, Object> a, Map<String, Object> b) {
    TreeMap<String, Boolean> names = new TreeMap<>();
    a.keySet().forEach(n -> names.put(n, true));
    b.keySet().forEach(n -> names.put(n, true));
    return List.copyOf(names.keySet());
  }

  private static String text(Object value) {
    return value == null ? "no value" : ParamValues.format(value);
  }

  private static String coordinates(TrialSpec spec) {
    return spec.environment().label() + "\u0000" + spec.policy().label() + "\u0000" + spec.seed();
  }
}
