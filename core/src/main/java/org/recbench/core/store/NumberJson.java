package org.recbench.core.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * Doubles in the run files: JSON has no NaN or infinities, so non-finite values are written as
 * the strings {@code "NaN"}, {@code "Infinity"} and {@code "-Infinity"} and read back exactly.
 */
final class NumberJson {

  private NumberJson() {}

  /** The JSON form of {@code value}. */
  static JsonNode node(double value) {
    return Double.isFinite(value) ? JsonNodeFactory.instance.numberNode(value)
        : JsonNodeFactory.instance.textNode(Double.toString(value));
  }

  /** The JSON array of {@code values}. */
  static ArrayNode array(double[] values) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode(values.length);
    for (double v : values) {
      array.add(node(v));
    }
    return array;
  }

  /**
   * The number {@code node} holds.
   *
   * @param what what the value is, for the message
   * @throws IllegalArgumentException when it is neither a number nor one of the three strings
   */
  static double value(String what, JsonNode node) {
    if (node.isNumber()) {
      return node.doubleValue();
    }
    String text = node.isTextual() ? node.textValue() : "";
    return switch (text) {
      case "NaN" -> Double.NaN;
      case "Infinity" -> Double.POSITIVE_INFINITY;
      case "-Infinity" -> Double.NEGATIVE_INFINITY;
      default -> throw new IllegalArgumentException(what
          + " must be a number, \"NaN\", \"Infinity\" or \"-Infinity\", was "
          + TrialJson.shown(node));
    };
  }

  /** The numbers of the JSON array {@code node}. */
  static double[] values(String what, JsonNode node) {
    if (!node.isArray()) {
      throw new IllegalArgumentException(what + " must be an array of numbers, was "
          + TrialJson.shown(node));
    }
    double[] values = new double[node.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = value(what + "[" + i + "]", node.get(i));
    }
    return values;
  }
}
