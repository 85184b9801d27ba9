package org.recbench.core.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.recbench.core.catalog.Catalog;
import org.recbench.core.plan.Plan;
import org.recbench.core.plan.Planner;
import org.recbench.core.report.RunRenderer;
import org.recbench.core.run.LocalEngine;
import org.recbench.core.run.TrialRunner;
import org.recbench.core.scenario.Scenario;
import org.recbench.core.scenario.ScenarioException;
import org.recbench.core.scenario.ScenarioLoader;
import org.recbench.core.stats.ConfidenceMethod;
import org.recbench.core.store.ResultStore;
import org.recbench.core.store.RunMetadata;
import org.recbench.core.trial.Budget;
import org.recbench.core.trial.TrialSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code recbench run}: plans a scenario, runs its trials on the local engine, appends every
 * finished trial to {@code trials.jsonl} and writes the leaderboards.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run scenarios and write leaderboards to <out>/<scenario>/<timestamp>/.")
final class RunCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "Scenario JSON files.")
  private List<Path> scenarios;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "results",
      description = "Root directory of run directories (default: ${DEFAULT-VALUE}).")
  private Path out;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads (default: the number of cores, ${sys:recbench.cores}).")
  private Integer threads;

  @Option(names = "--seeds", paramLabel = "N", description = "Override the scenario's seed count.")
  private Integer seeds;

  @Option(names = "--resume", paramLabel = "RUN_DIR",
      description = "Continue an interrupted run: finished trials in RUN_DIR/trials.jsonl are kept.")
  private Path resume;

  @Option(names = "--ci", paramLabel = "METHOD", defaultValue = "T",
      description = "Confidence interval: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private ConfidenceMethod ciMethod;

  @Spec
  private CommandSpec spec;

  static {
    System.setProperty("recbench.cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
  }

  @Override
  public Integer call() throws Exception {
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (workers < 1) {
      throw new BadInputException("--threads must be >= 1, was " + workers);
    }
    if (seeds != null && seeds < 1) {
      throw new BadInputException("--seeds must be >= 1, was " + seeds);
    }
    if (resume != null && scenarios.size() > 1) {
      throw new BadInputException("--resume continues one run: give exactly one scenario");
    }
    Catalog catalog = Catalog.load();
    ScenarioLoader loader = new ScenarioLoader(catalog);
    Planner planner = new Planner(catalog);
    List<Plan> plans = new java.util.ArrayList<>();
    for (Path file : scenarios) {
      Scenario scenario = loader.load(file);
      plans.add(planner.plan(seeds == null ? scenario : scenario.withSeeds(seeds)));
    }
    boolean anyFailed = false;
    for (Plan plan : plans) {
      anyFailed |= run(catalog, plan, workers);
    }
    return anyFailed ? ExitCode.TRIALS_FAILED : ExitCode.OK;
  }

  private boolean run(Catalog catalog, Plan plan, int workers) throws Exception {
    PrintWriter stdout = spec.commandLine().getOut();
    Scenario scenario = plan.scenario();
    try (ResultStore store = openStore(plan, workers)) {
      Set<String> finished = store.finishedKeys();
      List<TrialSpec> todo = plan.trials().stream().filter(t -> !finished.contains(t.key())).toList();
      int alreadyDone = plan.trials().size() - todo.size();
      stdout.printf("%s: %d trials (%d already done), %d skipped pairs, %d %s -> %s%n",
          scenario.name(), plan.trials().size(), alreadyDone, plan.skipped().size(), workers,
          workers == 1 ? "thread" : "threads", store.directory());
      stdout.flush();
      long[] failed = {0};
      try (Progress progress = Progress.create(scenario.name(), plan.trials().size(), alreadyDone)) {
        new LocalEngine(new TrialRunner(catalog), workers).run(todo, result -> {
          store.append(result);
          if (!result.ok()) {
            failed[0]++;
          }
          progress.finished(result);
        });
      }
      store.finish(plan.trials(), RunMetadata.timestamp(Instant.now()));
      RunRenderer.Rendered rendered = new RunRenderer(catalog, ciMethod).render(store.directory());
      stdout.printf("%s: %d trials ok, %d failed; wrote %s%n", scenario.name(),
          todo.size() - failed[0], failed[0], names(rendered.files()));
      stdout.flush();
      return !rendered.leaderboard().failures().isEmpty();
    }
  }

  private ResultStore openStore(Plan plan, int workers) throws Exception {
    if (resume == null) {
      Scenario scenario = plan.scenario();
      String unit = scenario.budget().unit() == Budget.Unit.STEPS ? "step" : "episode";
      return ResultStore.create(out, RunMetadata.gather(scenario.name(), scenario.description(),
          scenario.file().toString(), scenario.rankBy(), scenario.higherIsBetter(), unit,
          plan.skipped(), plan.notes(), workers, Instant.now()));
    }
    if (!Files.isDirectory(resume)) {
      throw new BadInputException("--resume " + resume + ": no such run directory");
    }
    ResultStore store = ResultStore.resume(resume);
    String recorded = store.metadata().scenario();
    if (!recorded.equals(plan.scenario().name())) {
      store.close();
      throw new ScenarioException(List.of(new org.recbench.core.scenario.Problem(
          plan.scenario().file(), "$.name", "run directory " + resume + " holds scenario '"
          + recorded + "', not '" + plan.scenario().name() + "'")));
    }
    return store;
  }

  private static String names(List<Path> files) {
    return files.stream().map(p -> p.getFileName().toString())
        .collect(java.util.stream.Collectors.joining(", "));
  }
}
