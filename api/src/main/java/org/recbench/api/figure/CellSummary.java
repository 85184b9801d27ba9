package org.recbench.api.figure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recbench.api.AnalysisResult;

/**
 * The results of one (environment configuration, policy configuration) pair of a run.
 *
 * @param environment the environment configuration
 * @param policy the policy configuration
 * @param metrics scalar metric key (the metric's label in the scenario) to its summary at every
 *     checkpoint, ascending
 * @param vectors vector metric key to entry label to its summary at every checkpoint
 * @param analyses the analyses of the environment configuration and of this pair
 */
public record CellSummary(ConfigSummary environment, ConfigSummary policy,
    Map<String, List<SummaryPoint>> metrics, Map<String, Map<String, List<SummaryPoint>>> vectors,
    List<AnalysisResult> analyses) {

  /** Copies the components into unmodifiable ordered structures. */
  public CellSummary {
    Map<String, List<SummaryPoint>> scalarCopy = new LinkedHashMap<>();
    metrics.forEach((k, v) -> scalarCopy.put(k, List.copyOf(v)));
    metrics = Collections.unmodifiableMap(scalarCopy);
    Map<String, Map<String, List<SummaryPoint>>> vectorCopy = new LinkedHashMap<>();
    vectors.forEach((metric, entries) -> {
      Map<String, List<SummaryPoint>> entryCopy = new LinkedHashMap<>();
      entries.forEach((label, points) -> entryCopy.put(label, List.copyOf(points)));
      vectorCopy.put(metric, Collections.unmodifiableMap(entryCopy));
    });
    vectors = Collections.unmodifiableMap(vectorCopy);
    analyses = List.copyOf(analyses);
  }
}
