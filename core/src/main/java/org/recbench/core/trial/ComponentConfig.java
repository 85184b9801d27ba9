package org.recbench.core.trial;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.recbench.api.Params;

/**
 * One configured component of a trial: its id, its complete parameter values (defaults filled in,
 * validated) and a short label for reports. Immutable: array values are copied in and never
 * handed out for writing. Two configurations are equal when their ids, labels and
 * {@link #canonical()} texts are, so equality survives serialization (engines deduplicate and
 * join on it).
 *
 * @param id component id
 * @param params every declared parameter's value, with the Java types of
 *     {@link org.recbench.api.ParamType}; arrays are shared with {@link #toParams()}: do not
 *     modify them
 * @param label readable name for leaderboards: the id, plus the parameters the scenario set, or
 *     the scenario's label for the entry
 */
public record ComponentConfig(String id, Map<String, Object> params, String label)
    implements Serializable {

  /** Copies the parameters (and array values) into an unmodifiable, insertion-ordered map. */
  public ComponentConfig {
    Map<String, Object> copy = new LinkedHashMap<>();
    params.forEach((name, value) -> copy.put(name, copyOf(value)));
    params = Collections.unmodifiableMap(copy);
  }

  /** A configuration labelled by its id alone, e.g. a metric selected by id. */
  public static ComponentConfig of(String id, Map<String, Object> params) {
    return new ComponentConfig(id, params, id);
  }

  /** The parameters as the {@link Params} a factory receives. */
  public Params toParams() {
    return Params.of(params);
  }

  /**
   * A canonical text of id and all parameter values (sorted by name): equal configurations give
   * equal text on every machine. Used for trial keys and random-stream derivation.
   */
  public String canonical() {
    return id + new TreeMap<>(params).entrySet().stream()
        .map(e -> e.getKey() + "=" + canonicalValue(e.getValue()))
        .collect(Collectors.joining(",", "{", "}"));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ComponentConfig c && id.equals(c.id) && label.equals(c.label)
        && canonical().equals(c.canonical());
  }

  @Override
  public int hashCode() {
    return 31 * label.hashCode() + canonical().hashCode();
  }

  private static String canonicalValue(Object value) {
    if (value instanceof double[] a) {
      return Arrays.toString(a);
    }
    if (value instanceof double[][] m) {
      return Arrays.deepToString(m);
    }
    return String.valueOf(value);
  }

  private static Object copyOf(Object value) {
    if (value instanceof double[] a) {
      return a.clone();
    }
    if (value instanceof double[][] m) {
      return Arrays.stream(m).map(double[]::clone).toArray(double[][]::new);
    }
    return value;
  }
}
