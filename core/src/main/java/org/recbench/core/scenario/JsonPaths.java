package org.recbench.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;
import org.recbench.api.input.Excerpt;

/**
 * JSON paths ({@code $.policies[1].grid.epsilon[0]}) and short descriptions of JSON values for
 * error messages. Names of letters, digits, {@code _} and {@code -} use dot notation; others use
 * brackets ({@code $['$schema']}).
 */
public final class JsonPaths {

  /** The whole document. */
  static final String ROOT = "$";

  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_-]+");
  private static final int SHOWN_CHARACTERS = Excerpt.SHOWN_CHARACTERS;
  private static final int SHOWN_NAME_CHARACTERS = 64;

  private JsonPaths() {}

  /**
   * The path of member {@code name} of the object at {@code path}; a name longer than
   * {@value #SHOWN_NAME_CHARACTERS} characters is shortened and control characters are escaped
   * ({@link Excerpt}), so a path stays one short line.
   */
  public static String member(String path, String name) {
    if (name.length() <= SHOWN_NAME_CHARACTERS && PLAIN_NAME.matcher(name).matches()) {
      return path + "." + name;
    }
    return path + "['" + Excerpt.of(name, SHOWN_NAME_CHARACTERS) + "']";
  }

  /** The path of element {@code index} of the array at {@code path}. */
  static String element(String path, int index) {
    return path + "[" + index + "]";
  }

  /** What a value is, for "found ..." in messages: {@code string "20"}, {@code number 1.5}. */
  static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    return switch (node.getNodeType()) {
      case NULL -> "null";
      case BOOLEAN -> node.asText();
      case NUMBER -> (node.isIntegralNumber() ? "integer " : "number ") + node.asText();
      case STRING -> "string " + quote(node.asText());
      case ARRAY -> node.isEmpty() ? "an empty array" : "an array of " + node.size();
      case OBJECT -> node.isEmpty() ? "an empty object" : "an object";
      default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  /** {@code text} in double quotes, escaped and shortened when long ({@link Excerpt}). */
  static String quote(String text) {
    return '"' + Excerpt.of(text, SHOWN_CHARACTERS) + '"';
  }
}
