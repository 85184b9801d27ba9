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
 * validated) and a short label for reports.
 *
 * @param id component id
 * @param params every declared parameter's value, with the Java types of
 *     {@link org.recbench.api.ParamType}
 * @param label readable name for leaderboards: the id, plus the parameters the scenario set
 */
public record ComponentConfig(String id, Map<String, Object> params, String label)
    implements Serializable {

  /** Copies the parameters into an unmodifiable, insertion-ordered, serializable map. */
  public ComponentConfig {
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
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

  private static String canonicalValue(Object value) {
    if (value instanceof double[] a) {
      return Arrays.toString(a);
    }
    if (value instanceof double[][] m) {
      return Arrays.deepToString(m);
    }
    return String.valueOf(value);
  }
}
