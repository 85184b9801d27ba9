package org.recbench.core.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recbench.api.Kind;
import org.recbench.api.Plugin;
import org.recbench.api.figure.Figure;
import org.recbench.api.figure.FigureSource;
import org.recbench.api.figure.RunSummary;
import org.recbench.core.catalog.Catalog;
import org.recbench.core.stats.ConfidenceMethod;
import org.recbench.core.stats.LeaderboardBuilder;
import org.recbench.core.stats.MetricKind;
import org.recbench.core.stats.RunSummaries;
import org.recbench.core.store.ResultStore;
import org.recbench.core.store.RunMetadata;
import org.recbench.core.trial.AnalysisRecord;
import org.recbench.core.trial.TrialResult;
import org.recbench.reports.AnalysisRow;
import org.recbench.reports.EnvironmentBoard;
import org.recbench.reports.FileWrites;
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

  /**
   * Builds the leaderboard of {@code runDirectory} and writes every report file into it, and
   * {@value #TRIALS_CSV}: the tidy per-trial table (all files at once, {@link FileWrites}).
   */
  public Rendered render(Path runDirectory) throws IOException {
    List<AnalysisRecord> analyses = ResultStore.readAnalyses(runDirectory);
    RunMetadata metadata = ResultStore.readMetadata(runDirectory);
    List<TrialResult> trials = ResultStore.readTrials(runDirectory, metadata);
    Leaderboard leaderboard = leaderboard(metadata, trials, analyses);
    Path tidy = runDirectory.resolve(TRIALS_CSV);
    Map<String, String> units = units();
    List<FileWrites.Write> writes = new ArrayList<>(Reports.writes(leaderboard, runDirectory));
    writes.add(() -> TidyTrials.write(trials, units, tidy));
    FileWrites.runAll(writes);
    List<Path> files = new ArrayList<>(Reports.FILES.stream().map(runDirectory::resolve)
        .toList());
    files.add(tidy);
    return new Rendered(leaderboard, files, analyses.stream().anyMatch(a -> !a.ok()));
  }

  /** The tidy per-trial table written by {@link #render}. */
  public static final String TRIALS_CSV = "trials.csv";

  /** The leaderboard of {@code runDirectory}. */
  public Leaderboard leaderboard(Path runDirectory) {
    return leaderboard(runDirectory, ResultStore.readAnalyses(runDirectory));
  }

  private Leaderboard leaderboard(Path runDirectory, List<AnalysisRecord> analyses) {
    RunMetadata metadata = ResultStore.readMetadata(runDirectory);
    return leaderboard(metadata, ResultStore.readTrials(runDirectory, metadata), analyses);
  }

  private Leaderboard leaderboard(RunMetadata metadata, List<TrialResult> trials,
      List<AnalysisRecord> analyses) {
    Leaderboard board = builder().build(metadata.toRunInfo(), trials, metadata.skipped());
    List<Figure> figures = new ArrayList<>(SweepFigures.of(board, trials, metadata.figures(),
        metadata.scenario()));
    figures.addAll(LearningCurves.of(board, metadata.figures(), metadata.scenario()));
    for (AnalysisRecord analysis : analyses) {
      for (Figure figure : analysis.result().figures()) {
        String scope = figure.scope().isEmpty() ? analysis.environment().label() : figure.scope();
        figures.add(captioned(figure.inScope(scope), metadata.scenario()));
      }
    }
    RunSummary summary = RunSummaries.of(metadata.scenario(), metadata.settings().unit(), trials,
        analyses, method, kinds());
    for (Plugin plugin : catalog.plugins()) {
      for (FigureSource source : plugin.figures()) {
        source.figures(summary).forEach(f -> figures.add(captioned(f, metadata.scenario())));
      }
    }
    return new Leaderboard(board.run(), withAnalyses(board.boards(), analyses), board.skipped(),
        board.failures(), figures, board.metrics(), board.aggregate());
  }

  /** The statistics of this renderer's catalog and method. */
  public LeaderboardBuilder builder() {
    return new LeaderboardBuilder(method, kinds());
  }

  /**
   * A figure whose caption names the scenario and its section, so a copy taken out of the page
   * still says where it comes from.
   */
  private static Figure captioned(Figure figure, String scenario) {
    String where = "Scenario " + scenario + (figure.scope().isEmpty() ? "" : ", "
        + figure.scope()) + ".";
    return figure.caption().contains(scenario) ? figure : figure.withCaption(
        figure.caption().isEmpty() ? where : figure.caption() + " " + where);
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
    return boards.stream().map(b -> b.withAnalyses(rows.getOrDefault(b.environment(),
        List.of()))).toList();
  }

  /** The kind of every metric type of the catalog, by id. */
  public Map<String, MetricKind> kinds() {
    Map<String, MetricKind> kinds = new LinkedHashMap<>();
    catalog.all(Kind.METRIC).forEach(t -> kinds.put(t.id(), MetricKind.of(t.descriptor())));
    return kinds;
  }

  private Map<String, String> units() {
    Map<String, String> units = new LinkedHashMap<>();
    catalog.all(Kind.METRIC).forEach(t -> units.put(t.id(), t.descriptor().unit()));
    return units;
  }
}
