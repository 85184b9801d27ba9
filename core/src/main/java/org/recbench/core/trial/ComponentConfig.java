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
 * join on it). The canonical text is computed once per object (every trial derives its key and
 * random streams from it, and plans hash configurations by it); it is not serialized.
 */
public final class ComponentConfig implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String id;
  private final Map<String, Object> params;
  private final String label;
  /** {@link #canonical()}, computed on first use (a benign race: every thread computes it alike). */
  private transient String canonical;

  /**
   * Copies the parameters (and array values) into an unmodifiable, insertion-ordered map.
   *
   * @param id component id
   * @param params every declared parameter's value, with the Java types of
   *     {@link org.recbench.api.ParamType}
   * @param label readable name for leaderboards: the id, plus the parameters the scenario set, or
   *     the scenario's label for the entry
   */
  public ComponentConfig(String id, Map<String, Object> params, String label) {
    Map<String, Object> copy = new LinkedHashMap<>();
    params.forEach((name, value) -> copy.put(name, copyOf(value)));
    this.id = id;
    this.params = Collections.unmodifiableMap(copy);
    this.label = label;
  }

  /** The component id. */
  public String id() {
    return id;
  }

  /**
   * Every declared parameter's value; arrays are shared with {@link #toParams()}: do not modify
   * them.
   */
  public Map<String, Object> params() {
    return params;
  }

  /** The readable name for leaderboards. */
  public String label() {
    return label;
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
    String text = canonical;
    if (text == null) {
      text = id + new TreeMap<>(params).entrySet().stream()
          .map(e -> e.getKey() + "=" + canonicalValue(e.getValue()))
          .collect(Collectors.joining(",", "{", "}"));
      canonical = text;
    }
    return text;
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

  /** {@code ComponentConfig[id=..., params=..., label=...]}, the format of a record's. */
  @Override
  public String toString() {
    return "ComponentConfig[id=" + id + ", params=" + params + ", label=" + label + "]";
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
