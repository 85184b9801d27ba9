package org.recbench.core.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.recbench.core.trial.Budget;
import org.recbench.core.trial.ComponentConfig;
import org.recbench.core.trial.TrialSpec;

/**
 * What every trial of a run shares and what a finished trial's result means: the budget,
 * checkpoints, metric configurations and time limit. Recorded in {@code run.json}; a resume
 * whose scenario changes any of them is refused, and a report refuses trials that disagree.
 *
 * @param unit {@code "step"} or {@code "episode"}
 * @param length budget length in that unit
 * @param checkpoints ascending checkpoint positions
 * @param metrics every selected metric configuration as {@code label=canonical text}, in
 *     scenario order (a trial records those compatible with its pair)
 * @param timeLimitMillis wall-time limit per trial, 0 for none
 */
public record RunSettings(String unit, long length, List<Long> checkpoints, List<String> metrics,
    long timeLimitMillis) {

  /** Validates and copies the components. */
  public RunSettings {
    Objects.requireNonNull(unit, "unit");
    checkpoints = List.copyOf(checkpoints);
    metrics = List.copyOf(metrics);
  }

  /** The settings of a plan with the given budget, checkpoints, metrics and time limit. */
  public static RunSettings of(Budget budget, List<Long> checkpoints,
      List<ComponentConfig> metrics, long timeLimitMillis) {
    return new RunSettings(unitName(budget.unit()), budget.length(), checkpoints,
        metrics.stream().map(RunSettings::text).toList(), timeLimitMillis);
  }

  /** The budget unit's name in {@code run.json}: {@code "step"} or {@code "episode"}. */
  public static String unitName(Budget.Unit unit) {
    return unit == Budget.Unit.STEPS ? "step" : "episode";
  }

  /**
   * How {@code spec} disagrees with these settings (its budget, checkpoints, time limit, or a
   * metric not among them), in words; empty when it belongs to a run with these settings.
   */
  public List<String> mismatches(TrialSpec spec) {
    List<String> found = new ArrayList<>();
    if (!unit.equals(unitName(spec.budget().unit())) || length != spec.budget().length()) {
      found.add("budget " + spec.budget().length() + " " + unitName(spec.budget().unit())
          + "s, not " + describeBudget());
    }
    if (!checkpoints.equals(spec.checkpoints())) {
      found.add("checkpoints " + spec.checkpoints() + ", not " + checkpoints);
    }
    if (timeLimitMillis != spec.timeLimitMillis()) {
      found.add("time limit " + spec.timeLimitMillis() + " ms, not " + timeLimitMillis + " ms");
    }
    spec.metrics().stream().map(RunSettings::text).filter(m -> !metrics.contains(m))
        .forEach(m -> found.add("metric " + m + ", not among " + metrics));
    return found;
  }

  /**
   * A difference between the settings of a run directory and those a scenario plans now.
   *
   * @param scenarioKey the top-level scenario key that sets it ({@code horizon},
   *     {@code checkpoints}, ...)
   * @param text what differs, e.g. {@code "trial length: 100 steps in the run, 5000 steps in the
   *     scenario"}
   */
  public record Difference(String scenarioKey, String text) {}

  /** What differs between these settings (of a run directory) and {@code planned}. */
  public List<Difference> differences(RunSettings planned) {
    List<Difference> found = new ArrayList<>();
    if (!unit.equals(planned.unit) || length != planned.length) {
      found.add(new Difference(planned.unit.equals("step") ? "horizon" : "episodes",
          "trial length: " + describeBudget() + " in the run, " + planned.describeBudget()
          + " in the scenario"));
    }
    if (!checkpoints.equals(planned.checkpoints)) {
      found.add(new Difference("checkpoints", "checkpoints: " + checkpoints + " in the run, "
          + planned.checkpoints + " in the scenario"));
    }
    if (!metrics.equals(planned.metrics)) {
      found.add(new Difference("metrics", "metrics: " + metrics + " in the run, "
          + planned.metrics + " in the scenario"));
    }
    if (timeLimitMillis != planned.timeLimitMillis) {
      found.add(new Difference("time-limit-seconds", "time limit: " + timeLimitMillis
          + " ms in the run, " + planned.timeLimitMillis + " ms in the scenario"));
    }
    return found;
  }

  private String describeBudget() {
    return length + " " + unit + "s";
  }

  private static String text(ComponentConfig metric) {
    return metric.label() + "=" + metric.canonical();
  }
}
