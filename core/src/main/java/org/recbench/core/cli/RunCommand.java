package org.recbench.core.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.recbench.core.catalog.Catalog;
import org.recbench.core.driver.RunDriver;
import org.recbench.core.engine.EngineProvider;
import org.recbench.core.engine.EngineSettings;
import org.recbench.core.engine.Engines;
import org.recbench.core.plan.Plan;
import org.recbench.core.plan.Planner;
import org.recbench.core.scenario.Scenario;
import org.recbench.core.scenario.ScenarioLoader;
import org.recbench.core.trial.AnalysisRecord;
import org.recbench.core.trial.TrialResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code recbench run}: plans scenarios and runs each with the {@link RunDriver} on the selected
 * engine, printing what it does and a progress bar on stderr.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run scenarios and write leaderboards to <out>/<scenario>/<timestamp>/.")
final class RunCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "Scenario JSON files.")
  private List<Path> scenarios;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "results",
      description = "Root directory of run directories (default: ${DEFAULT-VALUE}).")
  private Path out;

  @Option(names = "--engine", paramLabel = "NAME", defaultValue = Engines.DEFAULT,
      description = "Engine that runs the trials: local (a thread pool in this JVM), spark "
          + "(Apache Spark, see --master) or another engine on the classpath "
          + "(default: ${DEFAULT-VALUE}).")
  private String engine;

  @Option(names = "--master", paramLabel = "URL",
      description = "Where a distributed engine runs the trials; for spark: local[*] "
          + "(its default), local[N], spark://HOST:PORT, yarn or k8s://HOST:PORT.")
  private String master;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads (default: the number of cores, ${sys:recbench.cores}).")
  private Integer threads;

  @Option(names = "--seeds", paramLabel = "N", description = "Override the scenario's seed count.")
  private Integer seeds;

  @Option(names = "--resume", paramLabel = "RUN_DIR",
      description = "Continue an interrupted run: finished trials in RUN_DIR/trials.jsonl are kept.")
  private Path resume;

  @Mixin
  private CiOption ci;

  @Option(names = "--set", paramLabel = "KEY=VALUE", mapFallbackValue = "",
      description = "Replace a top-level scenario key, e.g. --set horizon=5000 --set seeds=5; "
          + "VALUE is JSON when it parses, else a string. Recorded in run.json.")
  private java.util.LinkedHashMap<String, String> sets = new java.util.LinkedHashMap<>();

  @Spec
  private CommandSpec spec;

  static {
    System.setProperty("recbench.cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
  }

  @Override
  public Integer call() throws Exception {
    if (threads != null && threads < 1) {
      throw new BadInputException("--threads must be >= 1, was " + threads);
    }
    if (seeds != null && seeds < 1) {
      throw new BadInputException("--seeds must be >= 1, was " + seeds);
    }
    if (resume != null && scenarios.size() > 1) {
      throw new BadInputException("--resume continues one run: give exactly one scenario");
    }
    if (resume != null && !Files.isDirectory(resume)) {
      throw new BadInputException("--resume " + resume + ": no such run directory");
    }
    EngineProvider provider = Engines.named(engine);
    Catalog catalog = Catalog.load();
    ScenarioLoader loader = new ScenarioLoader(catalog);
    Planner planner = new Planner(catalog);
    List<Plan> plans = new ArrayList<>();
    for (Path file : scenarios) {
      Scenario scenario = loader.load(file, sets);
      plans.add(planner.plan(seeds == null ? scenario : scenario.withSeeds(seeds)));
    }
    RunDriver driver = new RunDriver(catalog, ci.method);
    boolean anyFailed = false;
    for (Plan plan : plans) {
      RunDriver.Target target = resume == null ? RunDriver.Target.fresh(out)
          : RunDriver.Target.resume(resume);
      try (Printer printer = new Printer(plan, spec.commandLine().getOut())) {
        RunDriver.Outcome outcome = driver.run(plan, target, provider,
            new EngineSettings(threads, master), printer);
        printer.done(outcome);
        anyFailed |= outcome.anyFailed();
      }
    }
    return anyFailed ? ExitCode.TRIALS_FAILED : ExitCode.OK;
  }

  /** Prints what a run does: its start, failed analyses, progress and the files written. */
  private static final class Printer implements RunDriver.Listener, AutoCloseable {
    private final Plan plan;
    private final PrintWriter stdout;
    private Progress progress;

    Printer(Plan plan, PrintWriter stdout) {
      this.plan = plan;
      this.stdout = stdout;
    }

    @Override
    public void analysed(AnalysisRecord record) {
      if (!record.ok()) {
        stdout.printf("%s: analysis of %s on %s failed: %s%n", plan.scenario().name(),
            record.component(), record.environment().label(), record.error());
        stdout.flush();
      }
    }

    @Override
    public void started(RunDriver.Start start) {
      String name = plan.scenario().name();
      stdout.printf("%s: %d trials (%d already done), %d skipped pairs, %s engine%s, %d %s -> %s%n",
          name, start.trials(), start.alreadyDone(), plan.skipped().size(),
          start.engine().name(), start.engine().master().isEmpty() ? ""
              : " on " + start.engine().master(), start.engine().parallelism(),
          start.engine().parallelism() == 1 ? "worker" : "workers", start.directory());
      if (start.setAside() > 0) {
        stdout.printf("%s: %d finished trials are not in this plan; they were moved to %s and "
            + "are left out of the leaderboards%n", name, start.setAside(),
            start.directory().resolve(org.recbench.core.store.ResultStore.OUTSIDE_PLAN_FILE));
      }
      stdout.flush();
      progress = Progress.create(name, start.trials(), start.alreadyDone());
    }

    @Override
    public void finished(TrialResult result) {
      progress.finished(result);
    }

    void done(RunDriver.Outcome outcome) {
      close();
      stdout.printf("%s: %d trials ok, %d failed; wrote %s%n", plan.scenario().name(),
          outcome.ran() - outcome.failed(), outcome.failed(),
          outcome.rendered().files().stream().map(p -> p.getFileName().toString())
              .collect(Collectors.joining(", ")));
      stdout.flush();
    }

    @Override
    public void close() {
      if (progress != null) {
        progress.close();
        progress = null;
      }
    }
  }
}
