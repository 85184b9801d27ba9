package org.recbench.api.figure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One configured component of a run, as a {@link FigureSource} sees it.
 *
 * @param id component id
 * @param label label in the reports
 * @param params every parameter's value, with the Java types of {@link org.recbench.api.ParamType}
 *     (arrays are shared: do not modify them)
 */
public record ConfigSummary(String id, String label, Map<String, Object> params) {

  /** Validates and copies the components. */
  public ConfigSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }
}
