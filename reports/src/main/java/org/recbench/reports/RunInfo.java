package org.recbench.reports;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Scenario and run metadata shown at the top of every report.
 *
 * @param scenario scenario name
 * @param description scenario description
 * @param rankBy metric id the leaderboard is ranked by
 * @param higherIsBetter ranking direction
 * @param checkpointUnit "step" or "episode": what checkpoint positions count
 * @param metadata ordered key/value pairs: git commit, Java version, OS, threads, start, end...
 */
public record RunInfo(String scenario, String description, String rankBy, boolean higherIsBetter,
    String checkpointUnit, Map<String, String> metadata) {

  /** Copies the metadata into an unmodifiable ordered map. */
  public RunInfo {
    metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
  }
}
