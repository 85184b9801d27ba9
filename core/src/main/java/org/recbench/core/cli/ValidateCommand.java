package org.recbench.core.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import org.recbench.core.catalog.Catalog;
import org.recbench.core.plan.Plan;
import org.recbench.core.plan.Planner;
import org.recbench.core.scenario.ScenarioException;
import org.recbench.core.scenario.ScenarioLoader;
import org.recbench.core.trial.ComponentConfig;
import org.recbench.core.trial.TrialSpec;
import org.recbench.reports.SkippedPair;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code recbench validate}: loads and plans scenarios without running them. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check scenarios against the catalog and show what a run would do.")
final class ValidateCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "Scenario JSON files.")
  private List<Path> scenarios;

  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    Catalog catalog = Catalog.load();
    ScenarioLoader loader = new ScenarioLoader(catalog);
    Planner planner = new Planner(catalog);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int exit = ExitCode.OK;
    for (Path file : scenarios) {
      try {
        Plan plan = planner.plan(loader.load(file));
        out.printf("%s: ok, %d trials, %d skipped pairs%n", file, plan.trials().size(),
            plan.skipped().size());
        pairs(plan).forEach(line -> out.println("  " + line));
        for (SkippedPair skipped : plan.skipped()) {
          out.printf("  skipped %s x %s: %s%n", skipped.environment(), skipped.policy(),
              skipped.reason());
        }
        plan.notes().forEach(note -> out.println("  note: " + note));
      } catch (ScenarioException e) {
        err.println(e.getMessage());
        exit = ExitCode.BAD_INPUT;
      }
    }
    out.flush();
    err.flush();
    return exit;
  }

  /**
   * One line per planned (environment, policy) pair, in plan order: its trials, seed indices
   * and the metrics they record.
   */
  static List<String> pairs(Plan plan) {
    Map<List<String>, List<TrialSpec>> byPair = new LinkedHashMap<>();
    for (TrialSpec trial : plan.trials()) {
      byPair.computeIfAbsent(List.of(trial.environment().label(), trial.policy().label()),
          k -> new ArrayList<>()).add(trial);
    }
    List<String> lines = new ArrayList<>();
    byPair.forEach((pair, trials) -> {
      int first = trials.stream().mapToInt(TrialSpec::seed).min().orElse(0);
      int last = trials.stream().mapToInt(TrialSpec::seed).max().orElse(0);
      lines.add(pair.get(0) + " x " + pair.get(1) + ": " + trials.size()
          + (trials.size() == 1 ? " trial" : " trials") + " (seed" + (first == last ? " " + first
          : "s " + first + "-" + last) + "), metrics " + trials.get(0).metrics().stream()
          .map(ComponentConfig::label).collect(Collectors.joining(", ")));
    });
    return lines;
  }
}
