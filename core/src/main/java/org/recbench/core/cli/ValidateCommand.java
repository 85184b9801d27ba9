package org.recbench.core.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.recbench.core.catalog.Catalog;
import org.recbench.core.plan.Plan;
import org.recbench.core.plan.Planner;
import org.recbench.core.scenario.ScenarioException;
import org.recbench.core.scenario.ScenarioLoader;
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
}
