package org.recbench.core.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recbench.api.Direction;
import org.recbench.api.Kind;
import org.recbench.api.Plugin;
import org.recbench.api.figure.Figure;
import org.recbench.api.figure.FigureSource;
import org.recbench.api.figure.RunSummary;
import org.recbench.core.catalog.Catalog;
import org.recbench.core.stats.ConfidenceMethod;
import org.recbench.core.stats.LeaderboardBuilder;
import org.recbench.core.stats.RunSummaries;
import org.recbench.core.store.ResultStore;
import org.recbench.core.store.RunMetadata;
import org.recbench.core.trial.AnalysisRecord;
import org.recbench.core.trial.TrialResult;
import org.recbench.reports.AnalysisRow;
import org.recbench.reports.EnvironmentBoard;
import org.recbench.reports.Leaderboard;
import org.recbench.reports.Reports;

/**
 * Renders a run directory's leaderboards from its {@code run.json}, {@code trials.jsonl} and
 * {@code analyses.jsonl} alone, so {@code recbench report} and {@code recbench run} produce
 * identical files. Figures come from the analyses (attached to their environment's section
 * unless they name another scope) and from every plugin's {@link FigureSource}s.
 */
public final class RunRenderer {

  private final Catalog catalog;
  private final ConfidenceMethod method;

  /** A renderer taking metric directions and figure sources from {@code catalog}. */
  public RunRenderer(Catalog catalog, ConfidenceMethod method) {
    this.catalog = catalog;
    this.method = method;
  }

  /**
   * What {@link #render} produced.
   *
   * @param leaderboard the run's leaderboard (its failures say whether any trial failed)
   * @param files the report files written
   * @param analysisFailed whether an analysis of the run failed
   */
  public record Rendered(Leaderboard leaderboard, List<Path> files, boolean analysisFailed) {}

  /** Builds the leaderboard of {@code runDirectory} and writes every report file into it. */
  public Rendered render(Path runDirectory) throws IOException {
    List<AnalysisRecord> analyses = ResultStore.readAnalyses(runDirectory);
    Leaderboard leaderboard = leaderboard(runDirectory, analyses);
    return new Rendered(leaderboard, Reports.writeAll(leaderboard, runDirectory),
        analyses.stream().anyMatch(a -> !a.ok()));
  }

  /** The leaderboard of {@code runDirectory}. */
  public Leaderboard leaderboard(Path runDirectory) {
    return leaderboard(runDirectory, ResultStore.readAnalyses(runDirectory));
  }

  private Leaderboard leaderboard(Path runDirectory, List<AnalysisRecord> analyses) {
    RunMetadata metadata = ResultStore.readMetadata(runDirectory);
    List<TrialResult> trials = ResultStore.readTrials(runDirectory, metadata);
    Leaderboard board = new LeaderboardBuilder(directions(), method)
        .build(metadata.toRunInfo(), trials, metadata.skipped());
    List<Figure> figures = new ArrayList<>();
    for (AnalysisRecord analysis : analyses) {
      for (Figure figure : analysis.result().figures()) {
        figures.add(figure.scope().isEmpty() ? figure.inScope(analysis.environment().label())
            : figure);
      }
    }
    RunSummary summary = RunSummaries.of(metadata.scenario(), metadata.settings().unit(), trials,
        analyses, method);
    for (Plugin plugin : catalog.plugins()) {
      for (FigureSource source : plugin.figures()) {
        figures.addAll(source.figures(summary));
      }
    }
    return new Leaderboard(board.run(), withAnalyses(board.boards(), analyses), board.skipped(),
        board.failures(), figures);
  }

  private static List<EnvironmentBoard> withAnalyses(List<EnvironmentBoard> boards,
      List<AnalysisRecord> analyses) {
    Map<String, List<AnalysisRow>> rows = new LinkedHashMap<>();
    for (AnalysisRecord analysis : analyses) {
      rows.computeIfAbsent(analysis.environment().label(), k -> new ArrayList<>())
          .add(new AnalysisRow(analysis.component(),
              analysis.policy() == null ? "" : analysis.policy().label(),
              analysis.result().facts(), analysis.wallMillis(), analysis.error()));
    }
    return boards.stream().map(b -> new EnvironmentBoard(b.environment(), b.metrics(), b.rows(),
        rows.getOrDefault(b.environment(), List.of()))).toList();
  }

  private Map<String, Direction> directions() {
    Map<String, Direction> directions = new LinkedHashMap<>();
    catalog.all(Kind.METRIC).forEach(t -> directions.put(t.id(), t.descriptor().direction()));
    return directions;
  }
}
