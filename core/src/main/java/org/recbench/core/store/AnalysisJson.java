package org.recbench.core.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.recbench.api.AnalysisResult;
import org.recbench.api.Fact;
import org.recbench.api.figure.Axis;
import org.recbench.api.figure.ChartKind;
import org.recbench.api.figure.Figure;
import org.recbench.api.figure.Scale;
import org.recbench.api.figure.Series;
import org.recbench.core.trial.AnalysisRecord;

/**
 * One {@link AnalysisRecord} as one line of {@code analyses.jsonl}, and back:
 *
 * <pre>{"component": "...", "environment": {"id", "params", "label"}, "policy": {...} or null,
 *  "facts": [{"name": "optimal value", "value": 9.4, "unit": "likes/session"}],
 *  "figures": [{"id", "title", "kind": "line", "x": {"label", "unit", "scale": "linear"},
 *    "y": {...}, "series": [{"label", "x": [...], "y": [...], "low": [...], "high": [...]}],
 *    "caption", "scope", "equalAxes"}],
 *  "error": "..." (failed analyses only), "wallMillis": 12}</pre>
 *
 * Numbers that are not finite are written as strings, as in {@code trials.jsonl}.
 */
public final class AnalysisJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private AnalysisJson() {}

  /** The record as one line of JSON, without a line terminator. */
  public static String write(AnalysisRecord record) {
    ObjectNode root = NODES.objectNode();
    root.put("component", record.component());
    root.set("environment", TrialJson.component(record.environment()));
    root.set("policy", record.policy() == null ? NODES.nullNode()
        : TrialJson.component(record.policy()));
    ArrayNode facts = root.putArray("facts");
    for (Fact fact : record.result().facts()) {
      ObjectNode node = facts.addObject();
      node.put("name", fact.name());
      node.set("value", NumberJson.node(fact.value()));
      node.put("unit", fact.unit());
    }
    ArrayNode figures = root.putArray("figures");
    record.result().figures().forEach(figure -> figures.add(figure(figure)));
    if (record.error() != null) {
      root.put("error", record.error());
    }
    root.put("wallMillis", record.wallMillis());
    return TrialJson.line(root, "the analysis " + record.key());
  }

  /**
   * Parses one line written by {@link #write}.
   *
   * @throws IllegalArgumentException saying what is wrong with the line
   */
  public static AnalysisRecord read(String line) {
    JsonNode root = TrialJson.parseObject(line);
    JsonNode policy = root.get("policy");
    List<Fact> facts = new ArrayList<>();
    for (JsonNode fact : TrialJson.array(root, "facts")) {
      facts.add(new Fact(TrialJson.text(fact, "name"),
          NumberJson.value("fact value", TrialJson.field(fact, "value")),
          TrialJson.text(fact, "unit")));
    }
    List<Figure> figures = new ArrayList<>();
    for (JsonNode figure : TrialJson.array(root, "figures")) {
      figures.add(readFigure(figure));
    }
    return new AnalysisRecord(TrialJson.text(root, "component"),
        TrialJson.readComponent(TrialJson.field(root, "environment")),
        policy == null || policy.isNull() ? null : TrialJson.readComponent(policy),
        new AnalysisResult(facts, figures),
        root.has("error") ? TrialJson.text(root, "error") : null,
        TrialJson.integer(root, "wallMillis"));
  }

  /** The JSON form of a figure (also used by the JSON report). */
  public static ObjectNode figure(Figure figure) {
    ObjectNode node = NODES.objectNode();
    node.put("id", figure.id());
    node.put("title", figure.title());
    node.put("kind", TrialJson.lowerCase(figure.kind()));
    node.set("x", axis(figure.x()));
    node.set("y", axis(figure.y()));
    ArrayNode series = node.putArray("series");
    for (Series s : figure.series()) {
      ObjectNode entry = series.addObject();
      entry.put("label", s.label());
      entry.set("x", NumberJson.array(s.x()));
      entry.set("y", NumberJson.array(s.y()));
      if (s.hasInterval()) {
        entry.set("low", NumberJson.array(s.low()));
        entry.set("high", NumberJson.array(s.high()));
      }
    }
    node.put("caption", figure.caption());
    node.put("scope", figure.scope());
    node.put("equalAxes", figure.equalAxes());
    return node;
  }

  private static Figure readFigure(JsonNode node) {
    List<Series> series = new ArrayList<>();
    for (JsonNode entry : TrialJson.array(node, "series")) {
      String label = TrialJson.text(entry, "label");
      series.add(new Series(label, NumberJson.values(label + ".x", TrialJson.field(entry, "x")),
          NumberJson.values(label + ".y", TrialJson.field(entry, "y")),
          entry.has("low") ? NumberJson.values(label + ".low", entry.get("low")) : null,
          entry.has("high") ? NumberJson.values(label + ".high", entry.get("high")) : null));
    }
    JsonNode equal = TrialJson.field(node, "equalAxes");
    return new Figure(TrialJson.text(node, "id"), TrialJson.text(node, "title"),
        TrialJson.lowerCaseEnum(node, "kind", ChartKind.class),
        readAxis(TrialJson.field(node, "x")), readAxis(TrialJson.field(node, "y")), series,
        TrialJson.text(node, "caption"), TrialJson.text(node, "scope"), equal.asBoolean());
  }

  private static ObjectNode axis(Axis axis) {
    ObjectNode node = NODES.objectNode();
    node.put("label", axis.label());
    node.put("unit", axis.unit());
    node.put("scale", TrialJson.lowerCase(axis.scale()));
    return node;
  }

  private static Axis readAxis(JsonNode node) {
    return new Axis(TrialJson.text(node, "label"), TrialJson.text(node, "unit"),
        TrialJson.lowerCaseEnum(node, "scale", Scale.class));
  }
}
