package org.recbench.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Declaration of one component parameter. The same declaration drives scenario validation,
 * {@code recbench list}, the generated JSON Schema and the reports.
 *
 * @param name parameter name as written in scenarios (kebab-case)
 * @param type value type
 * @param defaultValue value used when a scenario omits the parameter; {@code null} when none
 * @param required whether a scenario must set the parameter (only when there is no default)
 * @param doc one-line documentation
 * @param min lower bound for numbers (and for every element of arrays), or null
 * @param max upper bound for numbers (and for every element of arrays), or null
 * @param allowed allowed values of a {@link ParamType#STRING} parameter; empty means any
 * @param minExclusive whether {@code min} itself is excluded ({@code sigma > 0})
 * @param maxExclusive whether {@code max} itself is excluded
 */
public record ParamSpec(String name, ParamType type, Object defaultValue, boolean required,
    String doc, Double min, Double max, List<String> allowed, boolean minExclusive,
    boolean maxExclusive) {

  /** Validates the declaration itself. */
  public ParamSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(doc, "doc");
    allowed = List.copyOf(allowed);
    if (required && defaultValue != null) {
      throw new IllegalArgumentException("parameter " + name + " cannot be required and have a default");
    }
    if ((minExclusive && min == null) || (maxExclusive && max == null)) {
      throw new IllegalArgumentException("parameter " + name + " has an exclusive bound without "
          + "a value");
    }
  }

  /** A declaration with inclusive bounds (or none). */
  public ParamSpec(String name, ParamType type, Object defaultValue, boolean required,
      String doc, Double min, Double max, List<String> allowed) {
    this(name, type, defaultValue, required, doc, min, max, allowed, false, false);
  }

  /** An integer parameter with a default. */
  public static ParamSpec integer(String name, long defaultValue, String doc) {
    return new ParamSpec(name, ParamType.INTEGER, defaultValue, false, doc, null, null, List.of());
  }

  /** A number parameter with a default. */
  public static ParamSpec number(String name, double defaultValue, String doc) {
    return new ParamSpec(name, ParamType.NUMBER, defaultValue, false, doc, null, null, List.of());
  }

  /** A boolean parameter with a default. */
  public static ParamSpec bool(String name, boolean defaultValue, String doc) {
    return new ParamSpec(name, ParamType.BOOLEAN, defaultValue, false, doc, null, null, List.of());
  }

  /** A string parameter with a default. */
  public static ParamSpec string(String name, String defaultValue, String doc) {
    return new ParamSpec(name, ParamType.STRING, defaultValue, false, doc, null, null, List.of());
  }

  /** A parameter of any type that scenarios must set. */
  public static ParamSpec required(String name, ParamType type, String doc) {
    return new ParamSpec(name, type, null, true, doc, null, null, List.of());
  }

  /** A parameter of any type that may be left out, with no default ({@link Params#has}). */
  public static ParamSpec optional(String name, ParamType type, String doc) {
    return new ParamSpec(name, type, null, false, doc, null, null, List.of());
  }

  /** This declaration with inclusive bounds (either may be null). */
  public ParamSpec range(Double min, Double max) {
    return new ParamSpec(name, type, defaultValue, required, doc, min, max, allowed, false, false);
  }

  /**
   * This declaration with the exclusive lower bound {@code value} ({@code sigma > 0}); an upper
   * bound already set stays.
   */
  public ParamSpec greaterThan(double value) {
    return new ParamSpec(name, type, defaultValue, required, doc, value, max, allowed, true,
        maxExclusive);
  }

  /** This declaration with the exclusive upper bound {@code value}; a lower bound stays. */
  public ParamSpec lessThan(double value) {
    return new ParamSpec(name, type, defaultValue, required, doc, min, value, allowed,
        minExclusive, true);
  }

  /** This declaration restricted to the given string values. */
  public ParamSpec oneOf(String... values) {
    return new ParamSpec(name, type, defaultValue, required, doc, min, max, List.of(values),
        minExclusive, maxExclusive);
  }

  /**
   * Checks a value already converted to this parameter's Java type (see {@link ParamType}).
   *
   * @return a message saying what was expected, or empty when the value is acceptable
   */
  public Optional<String> check(Object value) {
    if (value instanceof Number n) {
      return checkNumber(n.doubleValue());
    }
    if (value instanceof double[] array) {
      return checkAll(array);
    }
    if (value instanceof double[][] matrix) {
      for (double[] row : matrix) {
        Optional<String> problem = checkAll(row);
        if (problem.isPresent()) {
          return problem;
        }
      }
      return Optional.empty();
    }
    if (value instanceof String s && !allowed.isEmpty() && !allowed.contains(s)) {
      return Optional.of("one of " + allowed);
    }
    return Optional.empty();
  }

  private Optional<String> checkAll(double[] values) {
    for (double v : values) {
      Optional<String> problem = checkNumber(v);
      if (problem.isPresent()) {
        return problem.map(p -> "every element " + p);
      }
    }
    return Optional.empty();
  }

  private Optional<String> checkNumber(double v) {
    if (!Double.isFinite(v)) {
      return Optional.of("a finite number");
    }
    boolean belowMin = min != null && (minExclusive ? v <= min : v < min);
    boolean aboveMax = max != null && (maxExclusive ? v >= max : v > max);
    if (belowMin || aboveMax) {
      return Optional.of(rangeText());
    }
    return Optional.empty();
  }

  /** The allowed range as text, e.g. "in [0, 1]", "in (0, 1]", ">= 1" or "> 0". */
  public String rangeText() {
    if (min != null && max != null) {
      return "in " + (minExclusive ? "(" : "[") + format(min) + ", " + format(max)
          + (maxExclusive ? ")" : "]");
    }
    if (min != null) {
      return (minExclusive ? "> " : ">= ") + format(min);
    }
    return max != null ? (maxExclusive ? "< " : "<= ") + format(max) : "any value";
  }

  private static String format(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
