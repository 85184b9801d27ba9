package org.recbench.reports.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;

/**
 * Records as JSON, and back, through Jackson's streaming generator and parser, without an
 * {@code ObjectMapper} (whose initialisation and introspection are a noticeable part of a short
 * run). The text is what {@code ObjectMapper.writeValue} writes for the same value: a record is
 * an object of its components in declaration order, a {@link Map} an object in iteration order,
 * a {@link Collection} or array an array, an enum its name, numbers with their own Java type
 * (a non-finite double as the string {@code "NaN"}, {@code "Infinity"} or {@code "-Infinity"}),
 * null as null. Pretty-printed text uses Jackson's default pretty printer.
 */
public final class RecordJson {

  private static final JsonFactory FACTORY = new JsonFactory();

  private RecordJson() {}

  /** {@code value} as pretty-printed JSON, without a final newline. */
  public static String pretty(Object value) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator generator = FACTORY.createGenerator(text)) {
      generator.useDefaultPrettyPrinter();
      write(generator, value);
    }
    return text.toString();
  }

  /** Writes {@code value} as pretty-printed UTF-8 JSON to {@code file}, replacing it. */
  public static void writePretty(Path file, Object value) throws IOException {
    try (JsonGenerator generator = FACTORY.createGenerator(file.toFile(), JsonEncoding.UTF8)) {
      generator.useDefaultPrettyPrinter();
      write(generator, value);
    }
  }

  /**
   * The {@code type} that {@code json} describes; as with {@code ObjectMapper.readValue},
   * anything after the value is not read.
   *
   * @throws com.fasterxml.jackson.core.JsonProcessingException when the text is not JSON, with
   *     its location, or a {@link JsonValueException} when a value does not fit its type
   */
  public static <T> T read(byte[] json, Class<T> type) throws IOException {
    try (JsonParser parser = FACTORY.createParser(json)) {
      parser.nextToken();
      return type.cast(RecordReader.read(parser, type, "$"));
    }
  }

  /** Writes {@code value} to {@code generator}. */
  public static void write(JsonGenerator generator, Object value) throws IOException {
    if (value == null) {
      generator.writeNull();
    } else if (value instanceof String text) {
      generator.writeString(text);
    } else if (value instanceof Boolean flag) {
      generator.writeBoolean(flag);
    } else if (value instanceof Number number) {
      writeNumber(generator, number);
    } else if (value instanceof Enum<?> constant) {
      generator.writeString(constant.name());
    } else if (value instanceof Record record) {
      writeRecord(generator, record);
    } else if (value instanceof Map<?, ?> map) {
      generator.writeStartObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        generator.writeFieldName(String.valueOf(entry.getKey()));
        write(generator, entry.getValue());
      }
      generator.writeEndObject();
    } else if (value instanceof Collection<?> elements) {
      generator.writeStartArray();
      for (Object element : elements) {
        write(generator, element);
      }
      generator.writeEndArray();
    } else if (value.getClass().isArray()) {
      generator.writeStartArray();
      for (int i = 0; i < Array.getLength(value); i++) {
        write(generator, Array.get(value, i));
      }
      generator.writeEndArray();
    } else {
      throw new IllegalArgumentException("cannot write a " + value.getClass().getName()
          + " as JSON");
    }
  }

  private static void writeRecord(JsonGenerator generator, Record record) throws IOException {
    generator.writeStartObject();
    for (RecordComponent component : RecordReader.components(record.getClass())) {
      generator.writeFieldName(component.getName());
      write(generator, componentValue(record, component));
    }
    generator.writeEndObject();
  }

  private static Object componentValue(Record record, RecordComponent component) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException e) {
      throw new IllegalArgumentException("cannot read " + component + " of a "
          + record.getClass().getName(), e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("the accessor of " + component + " failed", e.getCause());
    }
  }

  private static void writeNumber(JsonGenerator generator, Number number) throws IOException {
    if (number instanceof Integer || number instanceof Short || number instanceof Byte) {
      generator.writeNumber(number.intValue());
    } else if (number instanceof Long) {
      generator.writeNumber(number.longValue());
    } else if (number instanceof Double) {
      generator.writeNumber(number.doubleValue());
    } else if (number instanceof Float) {
      generator.writeNumber(number.floatValue());
    } else if (number instanceof BigInteger big) {
      generator.writeNumber(big);
    } else if (number instanceof BigDecimal decimal) {
      generator.writeNumber(decimal);
    } else {
      throw new IllegalArgumentException("cannot write a " + number.getClass().getName()
          + " as JSON");
    }
  }
}
