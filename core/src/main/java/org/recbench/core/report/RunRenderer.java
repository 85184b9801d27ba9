package org.recbench.core.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recbench.api.Direction;
import org.recbench.api.Kind;
import org.recbench.core.catalog.Catalog;
import org.recbench.core.stats.ConfidenceMethod;
import org.recbench.core.stats.LeaderboardBuilder;
import org.recbench.core.store.ResultStore;
import org.recbench.core.store.RunMetadata;
import org.recbench.core.trial.TrialResult;
import org.recbench.reports.Leaderboard;
import org.recbench.reports.Reports;

/**
 * Renders a run directory's leaderboards from its {@code run.json} and {@code trials.jsonl}
 * alone, so {@code recbench report} and {@code recbench run} produce identical files.
 */
public final class RunRenderer {

  private final Catalog catalog;
  private final ConfidenceMethod method;

  /** A renderer taking metric directions from {@code catalog}. */
  public RunRenderer(Catalog catalog, ConfidenceMethod method) {
    this.catalog = catalog;
    this.method = method;
  }

  /**
   * What {@link #render} produced.
   *
   * @param leaderboard the run's leaderboard (its failures say whether any trial failed)
   * @param files the report files written
   */
  public record Rendered(Leaderboard leaderboard, List<Path> files) {}

  /** Builds the leaderboard of {@code runDirectory} and writes every report file into it. */
  public Rendered render(Path runDirectory) throws IOException {
    Leaderboard leaderboard = leaderboard(runDirectory);
    return new Rendered(leaderboard, Reports.writeAll(leaderboard, runDirectory));
  }

  /** The leaderboard of {@code runDirectory}. */
  public Leaderboard leaderboard(Path runDirectory) throws IOException {
    RunMetadata metadata = ResultStore.readMetadata(runDirectory);
    List<TrialResult> trials = ResultStore.readTrials(runDirectory);
    return new LeaderboardBuilder(directions(), method)
        .build(metadata.toRunInfo(), trials, metadata.skipped());
  }

  private Map<String, Direction> directions() {
    Map<String, Direction> directions = new LinkedHashMap<>();
    catalog.all(Kind.METRIC).forEach(t -> directions.put(t.id(), t.descriptor().direction()));
    return directions;
  }
}
