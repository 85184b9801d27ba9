package org.recbench.reports;

import java.util.List;

/**
 * The leaderboard of one environment configuration.
 *
 * @param environment environment label (id plus the parameters the scenario set)
 * @param metrics metric columns shown, the ranking metric first (a vector metric's entries as
 *     {@code key[entry]})
 * @param rows one row per policy configuration, best rank first
 * @param analyses what the analyses of this configuration found, in plan order
 * @param rankingNote what the ranking at the last checkpoint means statistically: the top
 *     group, or why no difference can be significant ("" with a single policy)
 */
public record EnvironmentBoard(String environment, List<String> metrics, List<PolicyRow> rows,
    List<AnalysisRow> analyses, String rankingNote) {

  /** Copies the lists. */
  public EnvironmentBoard {
    metrics = List.copyOf(metrics);
    rows = List.copyOf(rows);
    analyses = List.copyOf(analyses);
    rankingNote = rankingNote == null ? "" : rankingNote;
  }

  /** A board without analyses or ranking note. */
  public EnvironmentBoard(String environment, List<String> metrics, List<PolicyRow> rows) {
    this(environment, metrics, rows, List.of(), "");
  }

  /** This board with {@code rows} of analyses. */
  public EnvironmentBoard withAnalyses(List<AnalysisRow> rows) {
    return new EnvironmentBoard(environment, metrics, this.rows, rows, rankingNote);
  }
}
