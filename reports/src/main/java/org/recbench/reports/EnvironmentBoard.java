package org.recbench.reports;

import java.util.List;

/**
 * The leaderboard of one environment configuration.
 *
 * @param environment environment label (id plus the parameters the scenario set)
 * @param metrics metric ids shown, the ranking metric first
 * @param rows one row per policy configuration, best rank first
 */
public record EnvironmentBoard(String environment, List<String> metrics, List<PolicyRow> rows) {

  /** Copies the lists. */
  public EnvironmentBoard {
    metrics = List.copyOf(metrics);
    rows = List.copyOf(rows);
  }
}
