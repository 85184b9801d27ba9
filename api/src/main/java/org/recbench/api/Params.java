package org.recbench.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Validated parameter values of one component configuration, defaults filled in. Values have the
 * Java types listed in {@link ParamType}; the harness guarantees names, types and ranges match the
 * component's {@link ParamSpec}s before a factory sees them.
 */
public final class Params {

  private final Map<String, Object> values;

  private Params(Map<String, Object> values) {
    this.values = values;
  }

  /** Parameters backed by a copy of {@code values} (insertion order kept). */
  public static Params of(Map<String, ?> values) {
    Map<String, Object> copy = new LinkedHashMap<>();
    values.forEach((k, v) -> copy.put(Objects.requireNonNull(k), Objects.requireNonNull(v, k)));
    return new Params(Collections.unmodifiableMap(copy));
  }

  /** No parameters. */
  public static Params empty() {
    return new Params(Map.of());
  }

  /** Whether {@code name} has a value (always true for parameters with defaults). */
  public boolean has(String name) {
    return values.containsKey(name);
  }

  /** An {@link ParamType#INTEGER} value as {@code int}; fails if it does not fit. */
  public int getInt(String name) {
    return Math.toIntExact(getLong(name));
  }

  /** An {@link ParamType#INTEGER} value. */
  public long getLong(String name) {
    return ((Number) value(name)).longValue();
  }

  /** A {@link ParamType#NUMBER} (or integer) value. */
  public double getDouble(String name) {
    return ((Number) value(name)).doubleValue();
  }

  /** A {@link ParamType#BOOLEAN} value. */
  public boolean getBoolean(String name) {
    return (Boolean) value(name);
  }

  /** A {@link ParamType#STRING} value. */
  public String getString(String name) {
    return (String) value(name);
  }

  /** A copy of a {@link ParamType#NUMBER_ARRAY} value. */
  public double[] getDoubleArray(String name) {
    return ((double[]) value(name)).clone();
  }

  /** A deep copy of a {@link ParamType#NUMBER_MATRIX} value. */
  public double[][] getDoubleMatrix(String name) {
    double[][] matrix = (double[][]) value(name);
    double[][] copy = new double[matrix.length][];
    for (int i = 0; i < matrix.length; i++) {
      copy[i] = matrix[i].clone();
    }
    return copy;
  }

  /** All values, in declaration order. Arrays are shared: do not modify them. */
  public Map<String, Object> asMap() {
    return values;
  }

  private Object value(String name) {
    Object v = values.get(name);
    if (v == null) {
      throw new ConfigurationException("parameter '" + name + "' has no value");
    }
    return v;
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
