package org.recbench.core.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.recbench.api.Descriptor;
import org.recbench.api.ParamSpec;
import org.recbench.core.trial.ComponentConfig;

/**
 * Expands a scenario entry into component configurations: the cartesian product of its grid (the
 * first grid key written varies slowest), every declared parameter filled in declaration order
 * from the entry's params, the grid point or the default. This is the one place where declared
 * defaults are filled in.
 */
public final class Configurations {

  private Configurations() {}

  /** The configurations of {@code selection}, a component described by {@code descriptor}. */
  public static List<ComponentConfig> expand(ComponentSelection selection, Descriptor descriptor) {
    List<Map.Entry<String, List<Object>>> axes = List.copyOf(selection.grid().entrySet());
    List<ComponentConfig> configs = new ArrayList<>();
    int[] position = new int[axes.size()];
    do {
      Map<String, Object> set = new LinkedHashMap<>(selection.params());
      for (int a = 0; a < axes.size(); a++) {
        set.put(axes.get(a).getKey(), axes.get(a).getValue().get(position[a]));
      }
      ComponentConfig config = configure(descriptor, set);
      configs.add(selection.label() == null ? config : relabel(config, selection, position));
    } while (advance(position, axes));
    return configs;
  }

  /**
   * The configuration of {@code descriptor} with the values {@code set} by the scenario and
   * defaults for the rest; the label names only the values set.
   */
  public static ComponentConfig configure(Descriptor descriptor, Map<String, Object> set) {
    Map<String, Object> values = new LinkedHashMap<>();
    StringJoiner shown = new StringJoiner(", ", "[", "]").setEmptyValue("");
    for (ParamSpec spec : descriptor.parameters()) {
      Object value = set.get(spec.name());
      if (value != null) {
        values.put(spec.name(), value);
        shown.add(spec.name() + "=" + ParamValues.format(value));
      } else {
        ParamValues.defaultOf(descriptor.id(), spec).ifPresent(v -> values.put(spec.name(), v));
      }
    }
    return new ComponentConfig(descriptor.id(), values, descriptor.id() + shown);
  }

  /** {@code config} named by the scenario's label, plus the grid point's values if any. */
  private static ComponentConfig relabel(ComponentConfig config, ComponentSelection selection,
      int[] position) {
    StringJoiner point = new StringJoiner(", ", "[", "]").setEmptyValue("");
    int a = 0;
    for (Map.Entry<String, List<Object>> axis : selection.grid().entrySet()) {
      point.add(axis.getKey() + "=" + ParamValues.format(axis.getValue().get(position[a++])));
    }
    return new ComponentConfig(config.id(), config.params(), selection.label() + point);
  }

  /** Moves to the next grid point, the last axis fastest; false after the last point. */
  private static boolean advance(int[] position, List<Map.Entry<String, List<Object>>> axes) {
    for (int a = axes.size() - 1; a >= 0; a--) {
      if (++position[a] < axes.get(a).getValue().size()) {
        return true;
      }
      position[a] = 0;
    }
    return false;
  }
}
