package org.recbench.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.recbench.api.ParamSpec;
import org.recbench.api.ParamType;
import org.recbench.core.catalog.CatalogException;

/**
 * Parameter values in their three forms: JSON in scenario files and schemas, the Java types of
 * {@link ParamType} ({@code Long}, {@code Double}, {@code Boolean}, {@code String},
 * {@code double[]}, {@code double[][]}) and short text for labels.
 *
 * <p>An integer parameter also accepts a JSON number with no fractional part ({@code 2.0}), as
 * JSON Schema does; a number parameter accepts integers.
 */
public final class ParamValues {

  private static final double MAX_EXACT_INTEGER = 0x1p53;

  private ParamValues() {}

  /**
   * Converts {@code node} to the Java type of {@code spec} and checks it against the declared
   * range and allowed values.
   *
   * @return the value, or empty after recording what is wrong (at the deepest path known)
   */
  static Optional<Object> read(JsonNode node, ParamSpec spec, String path, Problems problems) {
    int before = problems.count();
    Object value = switch (spec.type()) {
      case INTEGER -> readInteger(node, spec, path, problems);
      case NUMBER -> readNumber(node, spec, path, problems);
      case BOOLEAN -> readBoolean(node, path, problems);
      case STRING -> readString(node, spec, path, problems);
      case NUMBER_ARRAY -> readArray(node, spec, path, problems);
      case NUMBER_MATRIX -> readMatrix(node, spec, path, problems);
    };
    return problems.count() == before ? Optional.of(value) : Optional.empty();
  }

  /**
   * What a parameter accepts, for messages and schema descriptions: "an integer in [1, 100]",
   * "one of "none", "gaussian"", "an array of numbers, each >= 0".
   */
  public static String expectation(ParamSpec spec) {
    String range = spec.min() == null && spec.max() == null ? "" : " " + spec.rangeText();
    return switch (spec.type()) {
      case INTEGER -> "an integer" + range;
      case NUMBER -> "a number" + range;
      case BOOLEAN -> "true or false";
      case STRING -> spec.allowed().isEmpty() ? "a string" : "one of " + spec.allowed().stream()
          .map(JsonPaths::quote).collect(Collectors.joining(", "));
      case NUMBER_ARRAY -> "an array of numbers" + (range.isEmpty() ? "" : ", each" + range);
      case NUMBER_MATRIX -> "a matrix of numbers (an array of equally long arrays)"
          + (range.isEmpty() ? "" : ", each" + range);
    };
  }

  /**
   * The declared default of {@code spec}, a parameter of component {@code componentId}, in its
   * canonical Java type (an {@code Integer} default of an integer parameter becomes a
   * {@code Long}), or empty when there is none.
   *
   * @throws CatalogException when the plugin declared a default of the wrong type
   */
  public static Optional<Object> defaultOf(String componentId, ParamSpec spec) {
    Object value = spec.defaultValue();
    if (value == null) {
      return Optional.empty();
    }
    Object canonical = switch (spec.type()) {
      case INTEGER -> value instanceof Long || value instanceof Integer || value instanceof Short
          ? Long.valueOf(((Number) value).longValue()) : null;
      case NUMBER -> value instanceof Number n ? Double.valueOf(n.doubleValue()) : null;
      case BOOLEAN -> value instanceof Boolean ? value : null;
      case STRING -> value instanceof String ? value : null;
      case NUMBER_ARRAY -> value instanceof double[] a ? a.clone() : null;
      case NUMBER_MATRIX -> value instanceof double[][] m
          ? Arrays.stream(m).map(double[]::clone).toArray(double[][]::new) : null;
    };
    if (canonical == null) {
      throw new CatalogException("component " + componentId + ": parameter '" + spec.name()
          + "' of type "
          + spec.type().label() + " declares a default of Java type "
          + value.getClass().getSimpleName());
    }
    return Optional.of(canonical);
  }

  /** The JSON form of a value of one of the {@link ParamType} Java types. */
  public static JsonNode toJson(Object value) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    if (value instanceof Long l) {
      return json.numberNode(l);
    }
    if (value instanceof Double d) {
      return json.numberNode(d);
    }
    if (value instanceof Boolean b) {
      return json.booleanNode(b);
    }
    if (value instanceof String s) {
      return json.textNode(s);
    }
    if (value instanceof double[] a) {
      ArrayNode array = json.arrayNode();
      Arrays.stream(a).forEach(array::add);
      return array;
    }
    if (value instanceof double[][] m) {
      ArrayNode matrix = json.arrayNode();
      Arrays.stream(m).forEach(row -> matrix.add(toJson(row)));
      return matrix;
    }
    throw new IllegalArgumentException("not a parameter value: " + value);
  }

  /**
   * Short text of a value for labels: integers and strings as they are, numbers without trailing
   * zeros or exponents ({@code 0.05}, {@code 10}), arrays in brackets.
   */
  public static String format(Object value) {
    if (value instanceof Double d) {
      return formatNumber(d);
    }
    if (value instanceof double[] a) {
      return Arrays.stream(a).mapToObj(ParamValues::formatNumber)
          .collect(Collectors.joining(", ", "[", "]"));
    }
    if (value instanceof double[][] m) {
      return Arrays.stream(m).map(ParamValues::format)
          .collect(Collectors.joining(", ", "[", "]"));
    }
    return String.valueOf(value);
  }

  private static String formatNumber(double d) {
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  private static Long readInteger(JsonNode node, ParamSpec spec, String path, Problems problems) {
    Optional<Long> value = integerValue(node);
    if (value.isEmpty()) {
      problems.add(path, "expected " + expectation(spec) + ", found " + JsonPaths.describe(node));
      return null;
    }
    checkRange(value.get(), node, spec, expectation(spec), path, problems);
    return value.get();
  }

  private static Double readNumber(JsonNode node, ParamSpec spec, String path, Problems problems) {
    if (!node.isNumber() || !Double.isFinite(node.doubleValue())) {
      problems.add(path, "expected " + expectation(spec) + ", found " + JsonPaths.describe(node));
      return null;
    }
    checkRange(node.doubleValue(), node, spec, expectation(spec), path, problems);
    return node.doubleValue();
  }

  private static Boolean readBoolean(JsonNode node, String path, Problems problems) {
    if (!node.isBoolean()) {
      problems.add(path, "expected true or false, found " + JsonPaths.describe(node));
      return null;
    }
    return node.booleanValue();
  }

  private static String readString(JsonNode node, ParamSpec spec, String path,
      Problems problems) {
    if (!node.isTextual() || spec.check(node.textValue()).isPresent()) {
      String hint = node.isTextual()
          ? Suggestions.didYouMean(node.textValue(), spec.allowed()) : "";
      problems.add(path, "expected " + expectation(spec) + ", found "
          + JsonPaths.describe(node) + hint);
      return null;
    }
    return node.textValue();
  }

  private static double[] readArray(JsonNode node, ParamSpec spec, String path,
      Problems problems) {
    if (!node.isArray()) {
      problems.add(path, "expected " + expectation(spec) + ", found " + JsonPaths.describe(node));
      return null;
    }
    return readRow(node, spec, path, problems);
  }

  private static double[][] readMatrix(JsonNode node, ParamSpec spec, String path,
      Problems problems) {
    if (!node.isArray()) {
      problems.add(path, "expected " + expectation(spec) + ", found " + JsonPaths.describe(node));
      return null;
    }
    double[][] matrix = new double[node.size()][];
    for (int i = 0; i < node.size(); i++) {
      JsonNode row = node.get(i);
      String rowPath = JsonPaths.element(path, i);
      if (!row.isArray()) {
        problems.add(rowPath, "expected a row (an array of numbers) of " + expectation(spec)
            + ", found " + JsonPaths.describe(row));
      } else if (i > 0 && row.size() != node.get(0).size()) {
        problems.add(rowPath, "expected a row of " + node.get(0).size()
            + " numbers like row 0 (a matrix is rectangular), found " + row.size());
      } else {
        matrix[i] = readRow(row, spec, rowPath, problems);
      }
    }
    return matrix;
  }

  private static double[] readRow(JsonNode array, ParamSpec spec, String path,
      Problems problems) {
    String element = spec.min() == null && spec.max() == null
        ? "a number" : "a number " + spec.rangeText();
    double[] values = new double[array.size()];
    for (int i = 0; i < array.size(); i++) {
      JsonNode item = array.get(i);
      String itemPath = JsonPaths.element(path, i);
      if (!item.isNumber() || !Double.isFinite(item.doubleValue())) {
        problems.add(itemPath, "expected " + element + ", found " + JsonPaths.describe(item));
      } else {
        values[i] = item.doubleValue();
        checkRange(values[i], item, spec, element, itemPath, problems);
      }
    }
    return values;
  }

  private static void checkRange(double value, JsonNode node, ParamSpec spec, String expected,
      String path, Problems problems) {
    if (spec.check(value).isPresent()) {
      problems.add(path, "expected " + expected + ", found " + JsonPaths.describe(node));
    }
  }

  /** The value of an integral JSON number (also {@code 2.0}) that fits a {@code long}. */
  static Optional<Long> integerValue(JsonNode node) {
    if (node.isIntegralNumber()) {
      return node.canConvertToLong() ? Optional.of(node.longValue()) : Optional.empty();
    }
    if (node.isFloatingPointNumber()) {
      double d = node.doubleValue();
      if (d == Math.rint(d) && Math.abs(d) <= MAX_EXACT_INTEGER) {
        return Optional.of((long) d);
      }
    }
    return Optional.empty();
  }

  /** The names of {@code specs}, for "parameters are ..." hints. */
  static List<String> names(List<ParamSpec> specs) {
    return specs.stream().map(ParamSpec::name).toList();
  }
}
