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
 * @param figures figures from analyses and plugins' figure sources, each shown in the section
 *     its {@link Figure#scope()} names (an environment label, or "" for the run)
 */
public record Leaderboard(RunInfo run, List<EnvironmentBoard> boards, List<SkippedPair> skipped,
    List<FailedTrial> failures, List<Figure> figures) {

  /** Copies the lists. */
  public Leaderboard {
    boards = List.copyOf(boards);
    skipped = List.copyOf(skipped);
    failures = List.copyOf(failures);
    figures = List.copyOf(figures);
  }

  /** A leaderboard without figures. */
  public Leaderboard(RunInfo run, List<EnvironmentBoard> boards, List<SkippedPair> skipped,
      List<FailedTrial> failures) {
    this(run, boards, skipped, failures, List.of());
  }

  /** The figures of section {@code scope} (an environment label, or "" for the run), in order. */
  public List<Figure> figuresIn(String scope) {
    return figures.stream().filter(f -> f.scope().equals(scope)).toList();
  }
}
