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
 */
public record EnvironmentBoard(String environment, List<String> metrics, List<PolicyRow> rows,
    List<AnalysisRow> analyses) {

  /** Copies the lists. */
  public EnvironmentBoard {
    metrics = List.copyOf(metrics);
    rows = List.copyOf(rows);
    analyses = List.copyOf(analyses);
  }

  /** A board without analyses. */
  public EnvironmentBoard(String environment, List<String> metrics, List<PolicyRow> rows) {
    this(environment, metrics, rows, List.of());
  }
}
