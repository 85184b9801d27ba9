package org.recbench.reports;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One policy configuration on one environment board.
 *
 * @param policy policy label
 * @param trials number of trials that finished
 * @param failures number of trials that failed
 * @param metrics metric id to its statistics at every checkpoint, ascending; the last entry is
 *     the final value shown in tables
 */
public record PolicyRow(String policy, int trials, int failures, Map<String, List<Stat>> metrics) {

  /** Copies the map (and its lists) into unmodifiable ordered structures. */
  public PolicyRow {
    Map<String, List<Stat>> copy = new LinkedHashMap<>();
    metrics.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    metrics = Collections.unmodifiableMap(copy);
  }

  /** Statistics of {@code metric} at the last checkpoint, or null when not recorded. */
  public Stat last(String metric) {
    List<Stat> series = metrics.get(metric);
    return series == null || series.isEmpty() ? null : series.get(series.size() - 1);
  }
}
