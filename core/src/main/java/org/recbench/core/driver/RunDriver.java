package org.recbench.core.driver;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.recbench.core.catalog.Catalog;
import org.recbench.core.engine.Engine;
import org.recbench.core.engine.EngineProvider;
import org.recbench.core.engine.EngineSettings;
import org.recbench.core.plan.Plan;
import org.recbench.core.report.RunRenderer;
import org.recbench.core.run.AnalysisRunner;
import org.recbench.core.run.SharedWorkCache;
import org.recbench.core.run.TrialRunner;
import org.recbench.core.scenario.ScenarioException;
import org.recbench.core.stats.ConfidenceMethod;
import org.recbench.core.store.ResultStore;
import org.recbench.core.store.RunMetadata;
import org.recbench.core.trial.AnalysisRecord;
import org.recbench.core.trial.TrialResult;
import org.recbench.core.trial.TrialSpec;

/**
 * Runs one planned scenario from start to leaderboard, the same way for the CLI, tests and a
 * distributed driver: opens the run directory (new, or resumed after {@link ResumeCheck}), runs
 * the plan's analyses once, hands the unfinished trials to an engine, appends every result to
 * {@code trials.jsonl} as it arrives, finishes the store and renders the reports.
 */
public final class RunDriver {

  private final Catalog catalog;
  private final ConfidenceMethod method;

  /** A driver building components from {@code catalog}, reporting intervals by {@code method}. */
  public RunDriver(Catalog catalog, ConfidenceMethod method) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.method = Objects.requireNonNull(method, "method");
  }

  /**
   * Where a run's results go.
   *
   * @param root directory under which a new run directory {@code <scenario>/<timestamp>} is
   *     created, or null when resuming
   * @param resume an existing run directory to continue, or null for a new run
   */
  public record Target(Path root, Path resume) {

    /** A new run directory under {@code root}. */
    public static Target fresh(Path root) {
      return new Target(Objects.requireNonNull(root, "root"), null);
    }

    /** The existing run directory {@code directory}. */
    public static Target resume(Path directory) {
      return new Target(null, Objects.requireNonNull(directory, "directory"));
    }
  }

  /**
   * What a run is about to do, once the store is open and the analyses ran.
   *
   * @param directory the run directory
   * @param trials trials in the plan
   * @param alreadyDone planned trials already finished (resume)
   * @param setAside finished results no longer in the plan, moved to
   *     {@value ResultStore#OUTSIDE_PLAN_FILE}
   * @param engine the engine that runs the rest
   */
  public record Start(Path directory, int trials, int alreadyDone, int setAside, Engine engine) {}

  /** Hears what a run does; every method is called from the driver's thread. */
  public interface Listener {

    /** The run is about to hand its unfinished trials to the engine. */
    default void started(Start start) {}

    /** One analysis finished (or was reused from the run directory). */
    default void analysed(AnalysisRecord record) {}

    /** One trial finished and was appended to {@code trials.jsonl}. */
    default void finished(TrialResult result) {}
  }

  /**
   * What a finished run produced.
   *
   * @param directory the run directory
   * @param ran trials run now
   * @param failed of those, how many failed
   * @param rendered the leaderboard and report files
   */
  public record Outcome(Path directory, int ran, int failed, RunRenderer.Rendered rendered) {

    /** Whether any trial or analysis of the run (now or earlier) failed. */
    public boolean anyFailed() {
      return !rendered.leaderboard().failures().isEmpty() || rendered.analysisFailed();
    }
  }

  /**
   * Runs {@code plan}.
   *
   * @throws ScenarioException when {@code target} is a run that {@code plan} may not continue
   * @throws org.recbench.core.store.ResultStoreException when the run directory is corrupt
   * @throws org.recbench.api.ConfigurationException when the engine rejects its settings
   */
  public Outcome run(Plan plan, Target target, EngineProvider provider, EngineSettings settings,
      Listener listener) throws ScenarioException, IOException {
    SharedWorkCache shared = new SharedWorkCache();
    TrialRunner runner = new TrialRunner(catalog, shared);
    try (Engine engine = provider.create(settings, catalog, shared);
        ResultStore store = open(plan, target, engine, RunMetadata.pluginsOf(catalog))) {
      int setAside = store.retainOnly(plan.trials().stream().map(TrialSpec::key)
          .collect(Collectors.toSet()));
      Map<String, AnalysisRecord> done = new LinkedHashMap<>();
      if (target.resume() != null) {
        ResultStore.readAnalyses(store.directory()).forEach(r -> done.put(r.key(), r));
      }
      List<AnalysisRecord> analyses = new AnalysisRunner(catalog, runner).run(plan.trials(), done);
      analyses.forEach(listener::analysed);
      store.writeAnalyses(analyses);

      Set<String> finished = store.finishedKeys();
      List<TrialSpec> todo = plan.trials().stream().filter(t -> !finished.contains(t.key()))
          .toList();
      listener.started(new Start(store.directory(), plan.trials().size(),
          plan.trials().size() - todo.size(), setAside, engine));
      int[] failed = {0};
      engine.run(todo, result -> {
        store.append(result);
        if (!result.ok()) {
          failed[0]++;
        }
        listener.finished(result);
      });
      store.finish(plan.trials(), RunMetadata.timestamp(Instant.now()));
      RunRenderer.Rendered rendered = new RunRenderer(catalog, method).render(store.directory());
      return new Outcome(store.directory(), todo.size(), failed[0], rendered);
    }
  }

  private static ResultStore open(Plan plan, Target target, Engine engine,
      List<RunMetadata.PluginVersion> plugins) throws ScenarioException {
    if (target.resume() == null) {
      return ResultStore.create(target.root(), RunMetadata.start(plan, engine.name(),
          engine.master(), engine.parallelism(), Instant.now(), plugins));
    }
    ResultStore store = ResultStore.resume(target.resume());
    try {
      ResumeCheck.check(target.resume(), store.metadata(), store.results(), plan);
    } catch (ScenarioException e) {
      store.close();
      throw e;
    }
    store.updateMetadata(store.metadata().resumedWith(plan, engine.name(), engine.master(),
        engine.parallelism(), Instant.now()));
    return store;
  }
}
