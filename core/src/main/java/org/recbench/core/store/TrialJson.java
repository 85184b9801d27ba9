package org.recbench.core.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.recbench.api.input.Excerpt;
import org.recbench.core.trial.Budget;
import org.recbench.core.trial.Checkpoint;
import org.recbench.core.scenario.ParamValues;
import org.recbench.core.trial.ComponentConfig;
import org.recbench.core.trial.MetricVector;
import org.recbench.core.trial.TrialResult;
import org.recbench.core.trial.TrialSpec;
import org.recbench.reports.json.JsonTrees;

/**
 * One {@link TrialResult} as one line of {@code trials.jsonl}, and back:
 *
 * <pre>{"key": "...", "spec": {"scenario": "...",
 *   "environment": {"id": "...", "params": {...}, "label": "..."}, "policy": {...},
 *   "metrics": [{"id": "...", "params": {...}, "label": "..."}], "seed": 0,
 *   "budget": {"unit": "steps", "length": 1000}, "checkpoints": [100, 1000],
 *   "timeLimitMillis": 0},
 *  "status": "ok", "error": "..." (failed trials only),
 *  "checkpoints": [{"at": 100, "metrics": {"reward": 41.0, "share": {"a": 0.3, "b": 0.7}}}],
 *  "wallMillis": 812}</pre>
 *
 * <p>Metric values are keyed by the metric's label; a vector metric's value is an object from
 * entry label to number, in entry order.
 *
 * <p>Parameters keep their {@link org.recbench.api.ParamType} Java types through a round trip:
 * integers are written without a decimal point and read as {@code Long}, numbers always with one
 * (Java's shortest exact decimal) and read as {@code Double}, arrays of numbers as
 * {@code double[]}, arrays of arrays as {@code double[][]}; the empty array reads as
 * {@code double[]}, which has the same canonical text as an empty matrix, so trial keys survive.
 * Metric values that are not finite are written as the strings {@code "NaN"},
 * {@code "Infinity"} and {@code "-Infinity"} (JSON has no such numbers) and read back exactly.
 * Reading checks that the stored key equals the key of the stored spec.
 */
public final class TrialJson {

  /**
   * Writes ASCII only (other characters as {@code \\uXXXX} escapes), so that no string — not even
   * one holding an unpaired surrogate from a plugin's message — can fail to encode half-way
   * through a line and tear {@code trials.jsonl}.
   */
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
      .build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private TrialJson() {}

  /** The result as one line of JSON, without a line terminator. */
  public static String write(TrialResult result) {
    ObjectNode root = NODES.objectNode();
    root.put("key", result.key());
    root.set("spec", spec(result.spec()));
    root.put("status", lowerCase(result.status()));
    if (result.error() != null) {
      root.put("error", result.error());
    }
    ArrayNode checkpoints = root.putArray("checkpoints");
    for (Checkpoint checkpoint : result.checkpoints()) {
      ObjectNode node = checkpoints.addObject();
      node.put("at", checkpoint.at());
      ObjectNode metrics = node.putObject("metrics");
      checkpoint.metrics().forEach((key, value) -> putValue(metrics, key, value));
      checkpoint.vectors().forEach((key, vector) -> {
        ObjectNode entries = metrics.putObject(key);
        for (int i = 0; i < vector.labels().size(); i++) {
          putValue(entries, vector.labels().get(i), vector.value(i));
        }
      });
    }
    root.put("wallMillis", result.wallMillis());
    return line(root, "the result of trial " + result.key());
  }

  /** {@code root} as one line of JSON; {@code what} names it if Jackson cannot write it. */
  static String line(ObjectNode root, String what) {
    StringWriter text = new StringWriter();
    try (JsonGenerator generator = FACTORY.createGenerator(text)) {
      JsonTrees.write(generator, root);
    } catch (IOException e) {
      throw new IllegalStateException("cannot serialize " + what, e);
    }
    return text.toString();
  }

  /**
   * The JSON object on {@code line}.
   *
   * @throws IllegalArgumentException when the line is not JSON or not an object
   */
  static JsonNode parseObject(String line) {
    JsonNode root;
    try (JsonParser parser = FACTORY.createParser(line)) {
      root = parser.nextToken() == null ? null : JsonTrees.read(parser);
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        throw new IllegalArgumentException("not valid JSON: Trailing token (of type " + trailing
            + ") found after value");
      }
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: "
          + Excerpt.limit(e.getOriginalMessage(), 200), e);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read a line held in memory", e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("expected a JSON object");
    }
    return root;
  }

  /**
   * Parses one line written by {@link #write}.
   *
   * @throws IllegalArgumentException saying what is wrong with the line
   */
  public static TrialResult read(String line) {
    JsonNode root = parseObject(line);
    TrialSpec spec = readSpec(field(root, "spec"));
    String key = text(root, "key");
    if (!key.equals(spec.key())) {
      throw new IllegalArgumentException("key " + Excerpt.quote(key)
          + " does not match its spec, whose key is '" + spec.key() + "'");
    }
    TrialResult.Status status = lowerCaseEnum(root, "status", TrialResult.Status.class);
    String error = root.has("error") ? text(root, "error") : null;
    List<Checkpoint> checkpoints = new ArrayList<>();
    for (JsonNode node : array(root, "checkpoints")) {
      Map<String, Double> metrics = new LinkedHashMap<>();
      Map<String, MetricVector> vectors = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> entry : object(node, "metrics").properties()) {
        if (entry.getValue().isObject()) {
          vectors.put(entry.getKey(), readVector(entry.getKey(), entry.getValue()));
        } else {
          metrics.put(entry.getKey(), readValue(entry.getKey(), entry.getValue()));
        }
      }
      checkpoints.add(new Checkpoint(integer(node, "at"), metrics, vectors));
    }
    return new TrialResult(key, spec, status, error, checkpoints,
        integer(root, "wallMillis"));
  }

  private static ObjectNode spec(TrialSpec spec) {
    ObjectNode node = NODES.objectNode();
    node.put("scenario", spec.scenario());
    node.set("environment", component(spec.environment()));
    node.set("policy", component(spec.policy()));
    ArrayNode metrics = node.putArray("metrics");
    spec.metrics().forEach(metric -> metrics.add(component(metric)));
    node.put("seed", spec.seed());
    ObjectNode budget = node.putObject("budget");
    budget.put("unit", lowerCase(spec.budget().unit()));
    budget.put("length", spec.budget().length());
    ArrayNode checkpoints = node.putArray("checkpoints");
    spec.checkpoints().forEach(checkpoints::add);
    node.put("timeLimitMillis", spec.timeLimitMillis());
    return node;
  }

  static ObjectNode component(ComponentConfig config) {
    ObjectNode node = NODES.objectNode();
    node.put("id", config.id());
    ObjectNode params = node.putObject("params");
    config.params().forEach((name, value) -> params.set(name, ParamValues.toJson(value)));
    node.put("label", config.label());
    return node;
  }

  private static void putValue(ObjectNode node, String name, double value) {
    node.set(name, NumberJson.node(value));
  }

  private static double readValue(String name, JsonNode node) {
    return NumberJson.value("metric '" + name + "'", node);
  }

  private static MetricVector readVector(String name, JsonNode node) {
    List<String> labels = new ArrayList<>();
    double[] values = new double[node.size()];
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      values[labels.size()] = readValue(name + "." + entry.getKey(), entry.getValue());
      labels.add(entry.getKey());
    }
    return new MetricVector(labels, values);
  }

  private static TrialSpec readSpec(JsonNode node) {
    JsonNode budget = field(node, "budget");
    Budget.Unit unit = lowerCaseEnum(budget, "unit", Budget.Unit.class);
    List<ComponentConfig> metrics = new ArrayList<>();
    for (JsonNode metric : array(node, "metrics")) {
      metrics.add(readComponent(metric));
    }
    List<Long> checkpoints = new ArrayList<>();
    for (JsonNode position : array(node, "checkpoints")) {
      checkpoints.add(position.asLong());
    }
    return new TrialSpec(text(node, "scenario"), readComponent(field(node, "environment")),
        readComponent(field(node, "policy")), metrics, Math.toIntExact(integer(node, "seed")),
        new Budget(unit, integer(budget, "length")), checkpoints,
        integer(node, "timeLimitMillis"));
  }

  static ComponentConfig readComponent(JsonNode node) {
    String id = text(node, "id");
    Map<String, Object> params = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : object(node, "params").properties()) {
      params.put(entry.getKey(), paramValue(id, entry.getKey(), entry.getValue()));
    }
    return new ComponentConfig(id, params, text(node, "label"));
  }

  private static Object paramValue(String id, String name, JsonNode node) {
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      return node.longValue();
    }
    if (node.isFloatingPointNumber()) {
      return node.doubleValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isArray() && allMatch(node, JsonNode::isNumber)) {
      return doubles(node);
    }
    if (node.isArray() && allMatch(node, row -> row.isArray() && allMatch(row, JsonNode::isNumber))) {
      double[][] matrix = new double[node.size()][];
      for (int i = 0; i < matrix.length; i++) {
        matrix[i] = doubles(node.get(i));
      }
      return matrix;
    }
    throw new IllegalArgumentException("parameter '" + name + "' of " + id
        + " must be an integer, number, boolean, string, array of numbers or matrix of numbers,"
        + " was " + shown(node));
  }

  private static boolean allMatch(JsonNode array, Predicate<JsonNode> test) {
    for (JsonNode element : array) {
      if (!test.test(element)) {
        return false;
      }
    }
    return true;
  }

  private static double[] doubles(JsonNode array) {
    double[] values = new double[array.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = array.get(i).doubleValue();
    }
    return values;
  }

  static String lowerCase(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  /** The constant of {@code type} whose lower-case name is the text of field {@code name}. */
  static <E extends Enum<E>> E lowerCaseEnum(JsonNode node, String name, Class<E> type) {
    String text = text(node, name);
    List<String> names = new ArrayList<>();
    for (E value : type.getEnumConstants()) {
      if (lowerCase(value).equals(text)) {
        return value;
      }
      names.add(lowerCase(value));
    }
    throw new IllegalArgumentException("field '" + name + "' must be one of " + names + ", was \""
        + Excerpt.of(text) + "\"");
  }

  /** A value of a corrupt line, for a message: a short excerpt of its JSON text. */
  static String shown(JsonNode value) {
    return Excerpt.of(value.toString());
  }

  static JsonNode field(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("missing field '" + name + "'");
    }
    return value;
  }

  static String text(JsonNode node, String name) {
    JsonNode value = field(node, name);
    if (!value.isTextual()) {
      throw new IllegalArgumentException("field '" + name + "' must be a string, was "
          + shown(value));
    }
    return value.textValue();
  }

  static long integer(JsonNode node, String name) {
    JsonNode value = field(node, name);
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw new IllegalArgumentException("field '" + name + "' must be an integer, was "
          + shown(value));
    }
    return value.longValue();
  }

  static JsonNode object(JsonNode node, String name) {
    JsonNode value = field(node, name);
    if (!value.isObject()) {
      throw new IllegalArgumentException("field '" + name + "' must be an object, was "
          + shown(value));
    }
    return value;
  }

  static JsonNode array(JsonNode node, String name) {
    JsonNode value = field(node, name);
    if (!value.isArray()) {
      throw new IllegalArgumentException("field '" + name + "' must be an array, was "
          + shown(value));
    }
    return value;
  }
}
