package org.recbench.reports;

import java.util.List;
import org.recbench.api.figure.Figure;

/**
 * Everything a report shows about one finished run of one scenario. Built by the core's
 * statistics from {@code trials.jsonl} and {@code analyses.jsonl}; rendered by {@link Reports}.
 *
 * @param run scenario and run metadata
 * @param boards one table per environment configuration, in scenario order
 * @param skipped pairs that were not run, with the reason
 * @param failures failed trials with their error messages
 * @param figures figures from analyses, parameter sweeps and plugins' figure sources, each
 *     shown in the section its {@link Figure#scope()} names (an environment label, or "" for
 *     the run)
 * @param metrics unit, direction and summary of every metric column of the boards
 * @param aggregate ranks and win/tie/loss counts across the boards, or null with one board
 */
public record Leaderboard(RunInfo run, List<EnvironmentBoard> boards, List<SkippedPair> skipped,
    List<FailedTrial> failures, List<Figure> figures, List<MetricInfo> metrics,
    AggregateRanking aggregate) {

  /** Copies the lists. */
  public Leaderboard {
    boards = List.copyOf(boards);
    skipped = List.copyOf(skipped);
    failures = List.copyOf(failures);
    figures = List.copyOf(figures);
    metrics = metrics == null ? List.of() : List.copyOf(metrics);
  }

  /** A leaderboard without figures, metric descriptions or aggregate. */
  public Leaderboard(RunInfo run, List<EnvironmentBoard> boards, List<SkippedPair> skipped,
      List<FailedTrial> failures) {
    this(run, boards, skipped, failures, List.of(), List.of(), null);
  }

  /** A leaderboard without metric descriptions or aggregate. */
  public Leaderboard(RunInfo run, List<EnvironmentBoard> boards, List<SkippedPair> skipped,
      List<FailedTrial> failures, List<Figure> figures) {
    this(run, boards, skipped, failures, figures, List.of(), null);
  }

  /**
   * What the report says about column {@code name}: its declared description, or a
   * dimensionless mean-summarized one (the ranking metric with the run's direction).
   */
  public MetricInfo metric(String name) {
    for (MetricInfo info : metrics) {
      if (info.name().equals(name)) {
        return info;
      }
    }
    org.recbench.api.Direction direction = !name.equals(run.rankBy())
        ? org.recbench.api.Direction.NEUTRAL : run.higherIsBetter()
        ? org.recbench.api.Direction.HIGHER_IS_BETTER : org.recbench.api.Direction.LOWER_IS_BETTER;
    return MetricInfo.plain(name, direction);
  }

  /** The figures of section {@code scope} (an environment label, or "" for the run), in order. */
  public List<Figure> figuresIn(String scope) {
    return figures.stream().filter(f -> f.scope().equals(scope)).toList();
  }
}
