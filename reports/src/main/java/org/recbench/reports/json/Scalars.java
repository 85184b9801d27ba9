package org.recbench.reports.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.recbench.api.input.Excerpt;

/**
 * Strings, numbers, booleans and enum constants from the parser's current token, coerced as
 * {@code ObjectMapper} coerces them by default: a string from any scalar, a number or boolean
 * also from its text ({@code "NaN"}, {@code "Infinity"} and {@code "-Infinity"} for doubles), an
 * enum constant from its name.
 */
final class Scalars {

  private Scalars() {}

  /** The value of {@code type} at the parser's current token, a scalar at {@code path}. */
  static Object read(JsonParser parser, Class<?> type, String path) throws IOException {
    JsonToken token = parser.currentToken();
    try {
      if (type == String.class && token.isScalarValue()) {
        return parser.getText();
      }
      if (type == int.class || type == Integer.class) {
        return token == JsonToken.VALUE_NUMBER_INT ? parser.getIntValue()
            : Integer.valueOf(text(parser, type, path));
      }
      if (type == long.class || type == Long.class) {
        return token == JsonToken.VALUE_NUMBER_INT ? parser.getLongValue()
            : Long.valueOf(text(parser, type, path));
      }
      if (type == double.class || type == Double.class) {
        return token.isNumeric() ? parser.getDoubleValue()
            : Double.valueOf(text(parser, type, path));
      }
      if (type == boolean.class || type == Boolean.class) {
        return token.isBoolean() ? token == JsonToken.VALUE_TRUE
            : bool(text(parser, type, path), parser, type, path);
      }
      if (type.isEnum() && token == JsonToken.VALUE_STRING) {
        return constant(parser, type, path);
      }
    } catch (InputCoercionException e) {
      throw RecordReader.outOfRange(parser, e, path);
    } catch (NumberFormatException e) {
      throw RecordReader.mismatch(parser, type, path);
    }
    throw RecordReader.mismatch(parser, type, path);
  }

  /** The text of a string token, which the caller converts; other tokens do not fit. */
  private static String text(JsonParser parser, Class<?> type, String path) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw RecordReader.mismatch(parser, type, path);
    }
    return parser.getText().trim();
  }

  private static Boolean bool(String text, JsonParser parser, Class<?> type, String path)
      throws IOException {
    return switch (text) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw RecordReader.mismatch(parser, type, path);
    };
  }

  private static Object constant(JsonParser parser, Class<?> type, String path)
      throws IOException {
    String name = parser.getText();
    List<String> names = new ArrayList<>();
    for (Object constant : type.getEnumConstants()) {
      if (((Enum<?>) constant).name().equals(name)) {
        return constant;
      }
      names.add(((Enum<?>) constant).name());
    }
    throw new JsonValueException(parser, path, "Cannot deserialize value of type `"
        + type.getName() + "` from String \"" + Excerpt.of(name)
        + "\": not one of the values accepted for Enum class: " + names, null);
  }
}
