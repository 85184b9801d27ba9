package org.recbench.reports.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recbench.api.input.Excerpt;

/**
 * Values of a Java type from Jackson's streaming parser, as {@code ObjectMapper.readValue} reads
 * them with its default settings: a record from an object through its canonical constructor
 * (missing components are null, or zero and false for primitives; an unknown member is an
 * error), {@code List} and {@code Collection} from arrays, {@code Map<String, V>} from objects in
 * member order, arrays, enums by name, strings (also from other scalars), numbers (also from
 * strings, so {@code "NaN"} is a double) and booleans. A value that does not fit is a
 * {@link JsonValueException} at its JSON path.
 */
final class RecordReader {

  /** Each record class's components, looked up once (reflection copies them on every call). */
  private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
    @Override
    protected RecordComponent[] computeValue(Class<?> type) {
      return type.getRecordComponents();
    }
  };

  private static final ClassValue<Constructor<?>> CANONICAL = new ClassValue<>() {
    @Override
    protected Constructor<?> computeValue(Class<?> type) {
      Class<?>[] parameters = Arrays.stream(components(type))
          .map(RecordComponent::getType).toArray(Class<?>[]::new);
      try {
        return type.getDeclaredConstructor(parameters);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("record " + type.getName() + " has no canonical "
            + "constructor", e);
      }
    }
  };

  private RecordReader() {}

  /** The value of {@code type} that starts at the parser's current token, at {@code path}. */
  static Object read(JsonParser parser, Type type, String path) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == null) {
      throw new JsonValueException(parser, path, "No content to map due to end-of-input", null);
    }
    Class<?> raw = raw(type);
    if (token == JsonToken.VALUE_NULL) {
      return defaultValue(raw);
    }
    if (raw.isRecord()) {
      return record(parser, raw, path);
    }
    if (List.class == raw || Collection.class == raw) {
      List<Object> list = new ArrayList<>();
      expect(parser, JsonToken.START_ARRAY, type, path);
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        list.add(read(parser, argument(type, 0), path + "[" + list.size() + "]"));
      }
      return list;
    }
    if (Map.class == raw) {
      Map<String, Object> map = new LinkedHashMap<>();
      expect(parser, JsonToken.START_OBJECT, type, path);
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        parser.nextToken();
        map.put(key, read(parser, argument(type, 1), member(path, key)));
      }
      return map;
    }
    if (raw.isArray()) {
      List<Object> elements = new ArrayList<>();
      expect(parser, JsonToken.START_ARRAY, type, path);
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        elements.add(read(parser, raw.getComponentType(), path + "[" + elements.size() + "]"));
      }
      Object array = Array.newInstance(raw.getComponentType(), elements.size());
      for (int i = 0; i < elements.size(); i++) {
        Array.set(array, i, elements.get(i));
      }
      return array;
    }
    return Scalars.read(parser, raw, path);
  }

  private static Object record(JsonParser parser, Class<?> type, String path)
      throws IOException {
    expect(parser, JsonToken.START_OBJECT, type, path);
    RecordComponent[] components = components(type);
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      values[i] = defaultValue(components[i].getType());
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      int index = indexOf(components, name);
      if (index < 0) {
        throw new JsonValueException(parser, path, "Unrecognized field \"" + Excerpt.of(name)
            + "\" (class " + type.getName() + "), not marked as ignorable", null);
      }
      parser.nextToken();
      values[index] = read(parser, components[index].getGenericType(), member(path, name));
    }
    try {
      return CANONICAL.get(type).newInstance(values);
    } catch (InvocationTargetException e) {
      throw new JsonValueException(parser, path, String.valueOf(e.getCause().getMessage()),
          e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot construct record " + type.getName(), e);
    }
  }

  /** The components of the record class {@code type}, in declaration order; do not modify. */
  static RecordComponent[] components(Class<?> type) {
    return COMPONENTS.get(type);
  }

  /** What a missing or null value of {@code type} is: zero or false for a primitive, else null. */
  private static Object defaultValue(Class<?> type) {
    return type.isPrimitive() ? Array.get(Array.newInstance(type, 1), 0) : null;
  }

  private static int indexOf(RecordComponent[] components, String name) {
    for (int i = 0; i < components.length; i++) {
      if (components[i].getName().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private static void expect(JsonParser parser, JsonToken start, Type type, String path)
      throws IOException {
    if (parser.currentToken() != start) {
      throw mismatch(parser, type, path);
    }
  }

  /** The refusal of the current token as a value of {@code type}, in Jackson's words. */
  static JsonValueException mismatch(JsonParser parser, Type type, String path)
      throws IOException {
    return new JsonValueException(parser, path, "Cannot deserialize value of type `"
        + type.getTypeName() + "` from " + describe(parser), null);
  }

  /** A number that does not fit its type, as the parser says so, at {@code path}. */
  static JsonValueException outOfRange(JsonParser parser, InputCoercionException e,
      String path) {
    return new JsonValueException(parser, path, e.getOriginalMessage(), e);
  }

  private static String describe(JsonParser parser) throws IOException {
    return switch (parser.currentToken()) {
      case START_ARRAY -> "Array value";
      case START_OBJECT -> "Object value";
      case VALUE_STRING -> "String \"" + Excerpt.of(parser.getText()) + "\"";
      case VALUE_NUMBER_INT -> "Integer value";
      case VALUE_NUMBER_FLOAT -> "Floating-point value";
      case VALUE_TRUE, VALUE_FALSE -> "Boolean value";
      default -> parser.currentToken().toString();
    };
  }

  private static String member(String path, String name) {
    return path + "." + Excerpt.of(name);
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType parameterized) {
      return (Class<?>) parameterized.getRawType();
    }
    throw new IllegalArgumentException("cannot read JSON into " + type.getTypeName());
  }

  private static Type argument(Type type, int index) {
    if (type instanceof ParameterizedType parameterized) {
      return parameterized.getActualTypeArguments()[index];
    }
    throw new IllegalArgumentException("cannot read JSON into the raw type "
        + type.getTypeName() + "; give its element type");
  }
}
