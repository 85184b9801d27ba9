package org.recbench.core.trial;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Metric values read at one checkpoint.
 *
 * @param at position in the trial's budget unit (steps or episodes)
 * @param metrics scalar metric key (its label in the scenario) to value, in the trial's metric
 *     order
 * @param vectors vector metric key to value, in the trial's metric order
 */
public record Checkpoint(long at, Map<String, Double> metrics, Map<String, MetricVector> vectors)
    implements Serializable {

  /** Copies the values into unmodifiable, ordered maps. */
  public Checkpoint {
    metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    vectors = Collections.unmodifiableMap(new LinkedHashMap<>(vectors));
  }

  /** A checkpoint of scalar metrics only. */
  public Checkpoint(long at, Map<String, Double> metrics) {
    this(at, metrics, Map.of());
  }
}
