package org.recbench.core.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One validated environment or policy entry of a scenario, before grid expansion: a component id
 * with the parameter values the scenario fixed and the grid it spans. Values have the Java types
 * of {@link org.recbench.api.ParamType}; parameters left out take their defaults when planned.
 *
 * @param id exact component id (globs are resolved by the loader)
 * @param params parameter values fixed by {@code params}, in the order written
 * @param grid parameter name to its non-empty list of values, in the order written; disjoint
 *     from {@code params}
 * @param source JSON path of the entry in the scenario file, e.g. {@code $.policies[1]}
 * @param label the scenario's name for the entry in reports, or null to derive it from the
 *     parameters set
 */
public record ComponentSelection(String id, Map<String, Object> params,
    Map<String, List<Object>> grid, String source, String label) {

  /** Validates and copies the components into unmodifiable, ordered maps. */
  public ComponentSelection {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    Map<String, List<Object>> gridCopy = new LinkedHashMap<>();
    for (Map.Entry<String, List<Object>> axis : grid.entrySet()) {
      if (axis.getValue().isEmpty()) {
        throw new IllegalArgumentException("grid of " + axis.getKey() + " is empty");
      }
      if (params.containsKey(axis.getKey())) {
        throw new IllegalArgumentException(axis.getKey() + " is both fixed and in the grid");
      }
      gridCopy.put(axis.getKey(), List.copyOf(axis.getValue()));
    }
    grid = Collections.unmodifiableMap(gridCopy);
  }

  /** A selection of {@code id} with every parameter at its default. */
  public static ComponentSelection defaults(String id, String source) {
    return new ComponentSelection(id, Map.of(), Map.of(), source, null);
  }
}
