package org.recbench.api.figure;

import java.util.List;
import java.util.Objects;

/**
 * What a {@link FigureSource} sees of a finished run: per (environment, policy) configuration
 * pair, the mean and 95% confidence interval over seeds of every metric at every checkpoint,
 * and the analyses of the pair.
 *
 * @param scenario scenario name
 * @param checkpointUnit "step" or "episode": what checkpoint positions count
 * @param cells one per (environment configuration, policy configuration) pair that ran, in
 *     leaderboard order
 */
public record RunSummary(String scenario, String checkpointUnit, List<CellSummary> cells) {

  /** Validates and copies the components. */
  public RunSummary {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(checkpointUnit, "checkpointUnit");
    cells = List.copyOf(cells);
  }
}
