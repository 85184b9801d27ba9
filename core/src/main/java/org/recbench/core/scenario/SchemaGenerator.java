package org.recbench.core.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Kind;
import org.recbench.api.ParamSpec;
import org.recbench.api.ParamType;
import org.recbench.core.catalog.Catalog;

/**
 * Generates the JSON Schema (draft 2020-12) of scenario files from the components of a
 * {@link Catalog}, for editors: ids as enums (and glob patterns where globs are allowed), every
 * component's parameters with type, range, default and documentation, and no unknown keys.
 *
 * <p>An object entry's id selects its parameter schema with {@code if}/{@code then}. A few rules
 * are checked only by {@link ScenarioLoader}: checkpoints ascending and within the trial length,
 * a parameter not in both {@code params} and {@code grid}, rectangular matrices, rank-by among
 * the selected metrics.
 */
public final class SchemaGenerator {

  /** The JSON Schema dialect generated. */
  public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT).build();

  private final Catalog catalog;

  /** A generator for the components of {@code catalog}. */
  public SchemaGenerator(Catalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
  }

  /** The schema as indented JSON text. */
  public String generate() {
    try {
      return MAPPER.writeValueAsString(schema()) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema as a tree. */
  public ObjectNode schema() {
    ObjectNode root = JSON.objectNode();
    root.put("$schema", DIALECT);
    root.put("title", "RecBench scenario");
    root.put("description", "A RecBench scenario (docs/scenarios.md), for the plugins "
        + String.join(", ", catalog.plugins().stream().map(p -> p.name()).toList()));
    root.put("type", "object");
    root.set("required", strings(List.of("name", "seeds", "environments", "policies",
        "metrics")));
    ArrayNode length = root.putArray("oneOf");
    length.addObject().set("required", strings(List.of("horizon")));
    length.addObject().set("required", strings(List.of("episodes")));
    root.put("additionalProperties", false);
    root.set("properties", topLevelProperties());
    ObjectNode defs = root.putObject("$defs");
    defs.putObject("glob")
        .put("description", "a glob over ids: '*' matches any characters, e.g. \"bandit.*\"")
        .put("type", "string")
        .put("pattern", Glob.SCHEMA_PATTERN);
    for (Kind kind : List.of(Kind.ENVIRONMENT, Kind.POLICY, Kind.METRIC)) {
      defs.set(kind.label(), entry(kind));
      defs.set(kind.label() + "-object", entryObject(kind, defs));
    }
    return root;
  }

  private ObjectNode topLevelProperties() {
    ObjectNode properties = JSON.objectNode();
    properties.putObject("$schema").put("type", "string")
        .put("description", "the schema this file follows, for editors");
    properties.putObject("name").put("type", "string")
        .put("pattern", "^" + ScenarioName.PATTERN.pattern() + "$")
        .put("description", "names the run directory results/<name>/<timestamp>/ and seeds the "
            + "random streams");
    properties.putObject("description").put("type", "string")
        .put("description", "shown in reports");
    properties.putObject("seeds").put("type", "integer").put("minimum", 1)
        .put("description", "repetitions per pair; seed indices 0 .. seeds-1");
    properties.putObject("horizon").put("type", "integer").put("minimum", 1)
        .put("description", "trial length in steps (set this or episodes)");
    properties.putObject("episodes").put("type", "integer").put("minimum", 1)
        .put("description", "trial length in episodes (set this or horizon)");
    ObjectNode checkpoints = properties.putObject("checkpoints").put("type", "array")
        .put("minItems", 1).put("description", "ascending positions in [1, length] where "
            + "metrics are read, in the unit of horizon or episodes; the length is appended");
    checkpoints.putObject("items").put("type", "integer").put("minimum", 1);
    properties.set("environments", nonEmptyArray(ref("#/$defs/environment"),
        "environments: ids or {\"id\", \"params\", \"grid\"} objects"));
    properties.set("policies", nonEmptyArray(ref("#/$defs/policy"),
        "policies: ids, globs or {\"id\", \"params\", \"grid\"} objects"));
    properties.set("metrics", nonEmptyArray(ref("#/$defs/metric"),
        "metrics to record: ids, globs or {\"id\", \"params\", \"grid\"} objects"));
    ObjectNode leaderboard = properties.putObject("leaderboard").put("type", "object")
        .put("additionalProperties", false).put("description", "how to rank policies");
    ObjectNode board = leaderboard.putObject("properties");
    board.putObject("rank-by").put("type", "string").put("description", "key of a selected "
        + "metric: its id, or its label when configured; required when several metrics are "
        + "selected and none is marked primary by its plugin");
    board.putObject("higher-is-better").put("type", "boolean").put("description",
        "ranking direction; default: the metric's declared direction");
    properties.putObject("time-limit-seconds").put("type", "number").put("exclusiveMinimum", 0)
        .put("description", "per-trial wall-time limit; a trial over it is recorded as failed");
    ObjectNode figure = properties.putObject("figures").put("type", "array")
        .put("description", "figures of a metric against a grid parameter (or the checkpoints)")
        .putObject("items").put("type", "object").put("additionalProperties", false);
    figure.putArray("required").add("metric").add("x");
    ObjectNode figureKeys = figure.putObject("properties");
    figureKeys.putObject("metric").put("type", "string").put("description",
        "key of a selected metric");
    figureKeys.putObject("x").put("type", "string").put("description", "a grid parameter "
        + "(environment.NAME or policy.NAME when both sides have one), or \"checkpoint\"");
    figureKeys.putObject("facet").put("type", "string").put("description", "a second "
        + "parameter: one line per value, one panel per policy");
    for (String scale : List.of("y-scale", "x-scale")) {
      ObjectNode node = figureKeys.putObject(scale).put("description", "auto: log when the "
          + "values are positive and span two decades");
      FigureRequest.SCALES.forEach(v -> node.withArray("enum").add(v));
    }
    return properties;
  }

  /** An array entry: an id that runs on defaults, a glob (policies) or an object. */
  private ObjectNode entry(Kind kind) {
    ObjectNode entry = JSON.objectNode();
    ArrayNode anyOf = entry.putArray("anyOf");
    anyOf.addObject().set("enum", strings(ids(kind, false)));
    if (kind != Kind.ENVIRONMENT) {
      anyOf.add(ref("#/$defs/glob"));
    }
    anyOf.add(ref("#/$defs/" + kind.label() + "-object"));
    return entry;
  }

  /** An {@code {"id", "label", "params", "grid"}} object; the id selects the parameter schema. */
  private ObjectNode entryObject(Kind kind, ObjectNode defs) {
    ObjectNode object = JSON.objectNode().put("type", "object")
        .put("additionalProperties", false);
    object.set("required", strings(List.of("id")));
    ObjectNode properties = object.putObject("properties");
    properties.putObject("id").put("description", "an exact " + kind.label() + " id")
        .set("enum", strings(ids(kind, true)));
    properties.putObject("label").put("type", "string").put("minLength", 1)
        .put("description", "name of the entry in reports (default: id and parameters set)");
    properties.putObject("params").put("type", "object")
        .put("description", "parameter values");
    properties.putObject("grid").put("type", "object")
        .put("description", "parameter name to a non-empty array of values (cartesian product)");
    ArrayNode cases = object.putArray("allOf");
    for (ComponentType<?> type : types(kind)) {
      String name = kind.label() + ":" + type.id();
      defs.set(name, component(type.descriptor()));
      ObjectNode when = cases.addObject();
      ObjectNode condition = when.putObject("if");
      condition.set("required", strings(List.of("id")));
      condition.putObject("properties").putObject("id").put("const", type.id());
      when.set("then", ref("#/$defs/" + name));
    }
    return object;
  }

  /** The parameter schema of one component. */
  private static ObjectNode component(Descriptor descriptor) {
    ObjectNode schema = JSON.objectNode().put("description", descriptor.description());
    ObjectNode properties = schema.putObject("properties");
    ObjectNode params = properties.putObject("params").put("type", "object")
        .put("additionalProperties", false);
    ObjectNode grid = properties.putObject("grid").put("type", "object")
        .put("additionalProperties", false);
    ObjectNode paramProperties = params.putObject("properties");
    ObjectNode gridProperties = grid.putObject("properties");
    ArrayNode requirements = JSON.arrayNode();
    for (ParamSpec spec : descriptor.parameters()) {
      paramProperties.set(spec.name(), parameter(descriptor.id(), spec));
      ObjectNode axis = gridProperties.putObject(spec.name()).put("type", "array")
          .put("minItems", 1).put("description", "values of " + spec.name() + ": "
              + spec.doc());
      axis.set("items", parameter(descriptor.id(), spec));
      if (spec.required()) {
        ArrayNode either = requirements.addObject().putArray("anyOf");
        for (String place : List.of("params", "grid")) {
          ObjectNode in = either.addObject();
          in.set("required", strings(List.of(place)));
          in.putObject("properties").putObject(place)
              .set("required", strings(List.of(spec.name())));
        }
      }
    }
    if (!requirements.isEmpty()) {
      schema.set("allOf", requirements);
    }
    return schema;
  }

  /** The schema of one parameter value. */
  private static ObjectNode parameter(String componentId, ParamSpec spec) {
    ObjectNode schema = JSON.objectNode();
    switch (spec.type()) {
      case INTEGER, NUMBER -> bounded(schema, spec);
      case BOOLEAN -> schema.put("type", "boolean");
      case STRING -> {
        schema.put("type", "string");
        if (!spec.allowed().isEmpty()) {
          schema.set("enum", strings(spec.allowed()));
        }
      }
      case NUMBER_ARRAY -> {
        schema.put("type", "array");
        bounded(schema.putObject("items"), spec);
      }
      case NUMBER_MATRIX -> {
        schema.put("type", "array");
        ObjectNode row = schema.putObject("items").put("type", "array");
        bounded(row.putObject("items"), spec);
      }
    }
    ParamValues.defaultOf(componentId, spec)
        .ifPresent(v -> schema.set("default", ParamValues.toJson(v)));
    schema.put("description", spec.doc() + " (" + ParamValues.expectation(spec)
        + (spec.required() ? ", required" : "") + ")");
    return schema;
  }

  /**
   * Type and bounds of a number ({@code minimum}, or {@code exclusiveMinimum} for a strict
   * bound, likewise for the maximum); integral bounds written as integers.
   */
  private static void bounded(ObjectNode schema, ParamSpec spec) {
    schema.put("type", spec.type() == ParamType.INTEGER ? "integer" : "number");
    if (spec.min() != null) {
      schema.set(spec.minExclusive() ? "exclusiveMinimum" : "minimum", number(spec.min()));
    }
    if (spec.max() != null) {
      schema.set(spec.maxExclusive() ? "exclusiveMaximum" : "maximum", number(spec.max()));
    }
  }

  private static com.fasterxml.jackson.databind.JsonNode number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 0x1p53
        ? JSON.numberNode((long) value) : JSON.numberNode(value);
  }

  private List<ComponentType<?>> types(Kind kind) {
    return catalog.all(kind).stream().sorted(Comparator.comparing(ComponentType::id)).toList();
  }

  /** Ids of {@code kind}, sorted; without {@code withRequired}, only those that run on defaults. */
  private List<String> ids(Kind kind, boolean withRequired) {
    return types(kind).stream()
        .filter(t -> withRequired || t.descriptor().parameters().stream()
            .noneMatch(ParamSpec::required))
        .map(ComponentType::id).toList();
  }

  private static ObjectNode nonEmptyArray(ObjectNode items, String description) {
    ObjectNode array = JSON.objectNode().put("type", "array").put("minItems", 1)
        .put("description", description);
    array.set("items", items);
    return array;
  }

  private static ObjectNode ref(String pointer) {
    return JSON.objectNode().put("$ref", pointer);
  }

  private static ArrayNode strings(List<String> values) {
    ArrayNode array = JSON.arrayNode();
    values.forEach(array::add);
    return array;
  }
}
