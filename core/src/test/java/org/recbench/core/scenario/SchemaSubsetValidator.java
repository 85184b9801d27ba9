package org.recbench.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A JSON Schema validator for exactly the keywords {@link SchemaGenerator} emits ($ref to local
 * definitions, type, enum, const, pattern, minimum, maximum, exclusiveMinimum, minItems, items,
 * properties, additionalProperties, required, allOf, anyOf, oneOf, if/then), following the
 * draft 2020-12 validation rules for each. Lets tests check the generated schema against real
 * scenario files without a schema library.
 */
final class SchemaSubsetValidator {

  private final JsonNode root;

  SchemaSubsetValidator(JsonNode root) {
    this.root = root;
  }

  /** Every violation of the schema by {@code instance}, as "path: keyword"; empty when valid. */
  List<String> errors(JsonNode instance) {
    List<String> errors = new ArrayList<>();
    validate(root, instance, "$", errors);
    return errors;
  }

  private void validate(JsonNode schema, JsonNode value, String path, List<String> errors) {
    if (schema.has("$ref")) {
      validate(root.at(schema.get("$ref").textValue().substring(1)), value, path, errors);
    }
    check(!schema.has("type") || hasType(value, schema.get("type").textValue()), path, "type",
        errors);
    check(!schema.has("enum") || contains(schema.get("enum"), value), path, "enum", errors);
    check(!schema.has("const") || schema.get("const").equals(value), path, "const", errors);
    if (value.isTextual() && schema.has("pattern")) {
      check(Pattern.compile(schema.get("pattern").textValue()).matcher(value.textValue()).find(),
          path, "pattern", errors);
    }
    if (value.isNumber()) {
      double x = value.doubleValue();
      check(!schema.has("minimum") || x >= schema.get("minimum").doubleValue(), path, "minimum",
          errors);
      check(!schema.has("maximum") || x <= schema.get("maximum").doubleValue(), path, "maximum",
          errors);
      check(!schema.has("exclusiveMinimum") || x > schema.get("exclusiveMinimum").doubleValue(),
          path, "exclusiveMinimum", errors);
    }
    if (value.isArray()) {
      check(!schema.has("minItems") || value.size() >= schema.get("minItems").intValue(), path,
          "minItems", errors);
      for (int i = 0; schema.has("items") && i < value.size(); i++) {
        validate(schema.get("items"), value.get(i), path + "[" + i + "]", errors);
      }
    }
    if (value.isObject()) {
      JsonNode properties = schema.path("properties");
      for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (properties.has(name)) {
          validate(properties.get(name), value.get(name), path + "." + name, errors);
        } else {
          check(!schema.path("additionalProperties").isBoolean()
              || schema.get("additionalProperties").booleanValue(), path + "." + name,
              "additionalProperties", errors);
        }
      }
      for (JsonNode required : schema.path("required")) {
        check(value.has(required.textValue()), path, "required " + required.textValue(), errors);
      }
    }
    for (JsonNode part : schema.path("allOf")) {
      validate(part, value, path, errors);
    }
    if (schema.has("anyOf")) {
      check(count(schema.get("anyOf"), value, path) >= 1, path, "anyOf", errors);
    }
    if (schema.has("oneOf")) {
      check(count(schema.get("oneOf"), value, path) == 1, path, "oneOf", errors);
    }
    if (schema.has("if") && valid(schema.get("if"), value, path)) {
      validate(schema.get("then"), value, path, errors);
    }
  }

  private int count(JsonNode alternatives, JsonNode value, String path) {
    int matching = 0;
    for (JsonNode alternative : alternatives) {
      matching += valid(alternative, value, path) ? 1 : 0;
    }
    return matching;
  }

  private boolean valid(JsonNode schema, JsonNode value, String path) {
    List<String> errors = new ArrayList<>();
    validate(schema, value, path, errors);
    return errors.isEmpty();
  }

  private static boolean hasType(JsonNode value, String type) {
    return switch (type) {
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      case "string" -> value.isTextual();
      case "boolean" -> value.isBoolean();
      case "number" -> value.isNumber();
      case "integer" -> value.isIntegralNumber()
          || value.isNumber() && value.doubleValue() == Math.rint(value.doubleValue());
      default -> throw new IllegalArgumentException("type " + type + " is not generated");
    };
  }

  private static boolean contains(JsonNode values, JsonNode value) {
    for (JsonNode candidate : values) {
      if (candidate.equals(value)) {
        return true;
      }
    }
    return false;
  }

  private static void check(boolean ok, String path, String keyword, List<String> errors) {
    if (!ok) {
      errors.add(path + ": " + keyword);
    }
  }
}
