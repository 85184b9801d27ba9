package org.recbench.core.trial;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Metric values read at one checkpoint.
 *
 * @param at position in the trial's budget unit (steps or episodes)
 * @param metrics metric id to value, in the trial's metric order
 */
public record Checkpoint(long at, Map<String, Double> metrics) implements Serializable {

  /** Copies the values into an unmodifiable, ordered map. */
  public Checkpoint {
    metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
  }
}
