package org.recbench.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recbench.api.Descriptor;
import org.recbench.api.Direction;
import org.recbench.api.Kind;
import org.recbench.core.catalog.Catalog;
import org.recbench.core.trial.Budget;
import org.recbench.core.trial.ComponentConfig;

/**
 * Walks the tree of one scenario file, key by key, recording every problem with its JSON path;
 * builds the {@link Scenario} only when there is none. One reader per file.
 */
final class ScenarioReader {

  /** The top-level keys, in documentation order ({@code $schema} binds editors to the schema). */
  static final List<String> KEYS = List.of("$schema", "name", "description", "seeds", "horizon",
      "episodes", "checkpoints", "environments", "policies", "metrics", "leaderboard",
      "time-limit-seconds", "figures");

  /** The keys of a {@code figures} entry. */
  static final List<String> FIGURE_KEYS = List.of("metric", "x", "facet", "y-scale", "x-scale");

  /** The keys of {@code leaderboard}. */
  static final List<String> LEADERBOARD_KEYS = List.of("rank-by", "higher-is-better");


  private static final String ROOT = JsonPaths.ROOT;
  private static final double MAX_SECONDS = Long.MAX_VALUE / 1000.0;

  private final Path file;
  private final Catalog catalog;
  private final Problems problems;
  private final List<String> notes = new ArrayList<>();

  ScenarioReader(Path file, Catalog catalog) {
    this.file = file;
    this.catalog = catalog;
    this.problems = new Problems(file);
  }

  Scenario read(JsonNode root) throws ScenarioException {
    if (!root.isObject()) {
      throw new ScenarioException(file, ROOT, "expected a JSON object describing a scenario, found "
          + JsonPaths.describe(root));
    }
    Keys.rejectUnknown(root, ROOT, KEYS, problems);
    optionalString(root, "$schema");
    String name = name(root);
    String description = optionalString(root, "description").orElse("");
    Optional<Long> seeds = Keys.require(root, ROOT, "seeds", "an integer >= 1", problems)
        ? integer(root.get("seeds"), member("seeds"), 1, Integer.MAX_VALUE) : Optional.empty();
    Optional<Budget> budget = budget(root);
    List<Long> checkpoints = checkpoints(root.get("checkpoints"), budget);
    SelectionReader selections = new SelectionReader(catalog, problems, notes);
    List<ComponentSelection> environments = List.of();
    if (Keys.require(root, ROOT, "environments", "a non-empty array of environments", problems)) {
      environments = selections.components(Kind.ENVIRONMENT, root.get("environments"),
          member("environments"));
    }
    List<ComponentSelection> policies = List.of();
    if (Keys.require(root, ROOT, "policies", "a non-empty array of policies", problems)) {
      policies = selections.components(Kind.POLICY, root.get("policies"), member("policies"));
    }
    List<ComponentSelection> metrics = List.of();
    if (Keys.require(root, ROOT, "metrics", "a non-empty array of metric ids, globs or "
        + "{\"id\", \"params\"} objects", problems)) {
      metrics = selections.components(Kind.METRIC, root.get("metrics"), member("metrics"));
    }
    Optional<Ranking> ranking = ranking(root.get("leaderboard"), metricKeys(metrics));
    long timeLimitMillis = timeLimitMillis(root.get("time-limit-seconds"));
    List<FigureRequest> figures = figures(root.get("figures"), metricKeys(metrics),
        environments, policies);
    problems.throwIfAny();
    return new Scenario(file, name, description, Math.toIntExact(seeds.orElseThrow()),
        budget.orElseThrow(), checkpoints, environments, policies, metrics,
        ranking.orElseThrow().metric(), ranking.orElseThrow().higherIsBetter(), timeLimitMillis,
        notes, figures, Map.of());
  }

  /** The {@code figures} entries, each checked against the selected metrics and parameters. */
  private List<FigureRequest> figures(JsonNode node, Map<String, Descriptor> metrics,
      List<ComponentSelection> environments, List<ComponentSelection> policies) {
    if (node == null) {
      return List.of();
    }
    String path = member("figures");
    if (!node.isArray()) {
      problems.add(path, "expected an array of {\"metric\", \"x\", \"facet\", \"y-scale\"} "
          + "objects, found " + JsonPaths.describe(node));
      return List.of();
    }
    Map<String, org.recbench.api.ParamSpec> environmentParams = parameters(Kind.ENVIRONMENT,
        environments);
    Map<String, org.recbench.api.ParamSpec> policyParams = parameters(Kind.POLICY, policies);
    List<FigureRequest> requests = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      String at = JsonPaths.element(path, i);
      JsonNode entry = node.get(i);
      if (!entry.isObject()) {
        problems.add(at, "expected an object with \"metric\" and \"x\", found "
            + JsonPaths.describe(entry));
        continue;
      }
      int before = problems.count();
      Keys.rejectUnknown(entry, at, FIGURE_KEYS, problems);
      Optional<String> metric = text(entry, at, "metric", true);
      Optional<String> x = text(entry, at, "x", true);
      Optional<String> facet = text(entry, at, "facet", false);
      Optional<String> yScale = text(entry, at, "y-scale", false);
      Optional<String> xScale = text(entry, at, "x-scale", false);
      metric.filter(m -> !metrics.containsKey(m)).ifPresent(m -> problems.add(
          JsonPaths.member(at, "metric"), "expected one of the selected metrics ("
              + String.join(", ", metrics.keySet()) + "), found " + JsonPaths.quote(m)
              + Suggestions.didYouMean(m, List.copyOf(metrics.keySet()))));
      x.filter(v -> !v.equals(FigureRequest.CHECKPOINT)).ifPresent(v -> parameter(v,
          JsonPaths.member(at, "x"), environmentParams, policyParams, true));
      facet.ifPresent(v -> parameter(v, JsonPaths.member(at, "facet"), environmentParams,
          policyParams, false));
      if (facet.isPresent() && x.filter(FigureRequest.CHECKPOINT::equals).isPresent()) {
        problems.add(JsonPaths.member(at, "facet"), "a learning curve (x = \"checkpoint\") has "
            + "one line per policy; leave out \"facet\"");
      }
      for (Map.Entry<String, Optional<String>> scale : Map.of("y-scale", yScale, "x-scale",
          xScale).entrySet()) {
        scale.getValue().filter(v -> !FigureRequest.SCALES.contains(v)).ifPresent(v ->
            problems.add(JsonPaths.member(at, scale.getKey()), "expected one of "
                + FigureRequest.SCALES + ", found " + JsonPaths.quote(v)));
      }
      if (problems.count() == before) {
        requests.add(new FigureRequest(metric.orElseThrow(), x.orElseThrow(),
            facet.orElse(null), yScale.orElse("auto"), xScale.orElse("auto")));
      }
    }
    return requests;
  }

  private Optional<String> text(JsonNode entry, String at, String key, boolean required) {
    JsonNode value = entry.get(key);
    if (value == null) {
      if (required) {
        problems.add(at, "missing required key '" + key + "'");
      }
      return Optional.empty();
    }
    if (!value.isTextual()) {
      problems.add(JsonPaths.member(at, key), "expected a string, found "
          + JsonPaths.describe(value));
      return Optional.empty();
    }
    return Optional.of(value.textValue());
  }

  /** Every parameter declared by the selected components of {@code kind}, by name. */
  private Map<String, org.recbench.api.ParamSpec> parameters(Kind kind,
      List<ComponentSelection> selections) {
    Map<String, org.recbench.api.ParamSpec> params = new LinkedHashMap<>();
    for (ComponentSelection selection : selections) {
      catalog.find(kind, selection.id()).ifPresent(type -> type.descriptor().parameters()
          .forEach(p -> params.putIfAbsent(p.name(), p)));
    }
    return params;
  }

  /** Checks that {@code name} (plain or qualified) names a parameter, numeric for an axis. */
  private void parameter(String name, String path,
      Map<String, org.recbench.api.ParamSpec> environment,
      Map<String, org.recbench.api.ParamSpec> policy, boolean axis) {
    String plain = name.startsWith("environment.") ? name.substring(12)
        : name.startsWith("policy.") ? name.substring(7) : name;
    org.recbench.api.ParamSpec spec = name.startsWith("policy.") ? policy.get(plain)
        : name.startsWith("environment.") ? environment.get(plain)
        : environment.getOrDefault(plain, policy.get(plain));
    if (spec == null) {
      List<String> known = new ArrayList<>(environment.keySet());
      known.addAll(policy.keySet());
      problems.add(path, "expected a parameter of the selected environments or policies"
          + (axis ? " or \"checkpoint\"" : "") + ", found " + JsonPaths.quote(name)
          + Suggestions.didYouMean(plain, known));
      return;
    }
    if (axis && spec.type() != org.recbench.api.ParamType.INTEGER
        && spec.type() != org.recbench.api.ParamType.NUMBER) {
      problems.add(path, "parameter '" + plain + "' is a " + spec.type().label() + "; an axis "
          + "needs an integer or number parameter");
    }
  }

  /** The ranking metric and direction. */
  private record Ranking(String metric, boolean higherIsBetter) {}

  /** Each metric configuration's key (its label) and descriptor, in scenario order. */
  private Map<String, Descriptor> metricKeys(List<ComponentSelection> metrics) {
    Map<String, Descriptor> keys = new LinkedHashMap<>();
    for (ComponentSelection selection : metrics) {
      Descriptor descriptor = catalog.metric(selection.id()).descriptor();
      for (ComponentConfig config : Configurations.expand(selection, descriptor)) {
        keys.putIfAbsent(config.label(), descriptor);
      }
    }
    return keys;
  }

  private static String member(String key) {
    return JsonPaths.member(ROOT, key);
  }

  private String name(JsonNode root) {
    if (!Keys.require(root, ROOT, "name", "the run name, e.g. \"quickstart\"", problems)) {
      return "";
    }
    JsonNode node = root.get("name");
    if (!node.isTextual() || !ScenarioName.isValid(node.textValue())) {
      problems.add(member("name"), "expected a name of at most " + ScenarioName.MAX_LENGTH
          + " lower-case letters, digits, '.', '_' and '-' that starts with a letter or digit (it "
          + "names the results directory), found " + JsonPaths.describe(node)
          + (node.isTextual() && node.textValue().length() > ScenarioName.MAX_LENGTH
              ? " of " + node.textValue().length() + " characters" : ""));
      return "";
    }
    return node.textValue();
  }

  private Optional<String> optionalString(JsonNode root, String key) {
    JsonNode node = root.get(key);
    if (node == null) {
      return Optional.empty();
    }
    if (!node.isTextual()) {
      problems.add(member(key), "expected a string, found " + JsonPaths.describe(node));
      return Optional.empty();
    }
    return Optional.of(node.textValue());
  }

  private Optional<Long> integer(JsonNode node, String path, long min, long max) {
    Optional<Long> value = ParamValues.integerValue(node).filter(v -> v >= min && v <= max);
    if (value.isEmpty()) {
      String range = max == Integer.MAX_VALUE || max == Long.MAX_VALUE
          ? ">= " + min : "in [" + min + ", " + max + "]";
      problems.add(path, "expected an integer " + range + ", found " + JsonPaths.describe(node));
    }
    return value;
  }

  private Optional<Budget> budget(JsonNode root) {
    boolean horizon = root.has("horizon");
    boolean episodes = root.has("episodes");
    if (horizon && episodes) {
      problems.add(ROOT, "found both 'horizon' and 'episodes'; set one of them: the trial length "
          + "in steps (horizon) or in episodes");
      return Optional.empty();
    }
    if (!horizon && !episodes) {
      problems.add(ROOT, "missing the trial length: set 'horizon' (steps) or 'episodes'");
      return Optional.empty();
    }
    String key = horizon ? "horizon" : "episodes";
    Budget.Unit unit = horizon ? Budget.Unit.STEPS : Budget.Unit.EPISODES;
    return integer(root.get(key), member(key), 1, Long.MAX_VALUE)
        .map(length -> new Budget(unit, length));
  }

  /** Ascending positions in {@code [1, length]}; the length is appended when missing. */
  private List<Long> checkpoints(JsonNode node, Optional<Budget> budget) {
    long length = budget.map(Budget::length).orElse(Long.MAX_VALUE);
    String unit = budget.map(b -> b.unit() == Budget.Unit.STEPS ? "the horizon" : "the number of episodes")
        .orElse("");
    List<Long> points = new ArrayList<>();
    if (node != null) {
      String path = member("checkpoints");
      if (!node.isArray() || node.isEmpty()) {
        problems.add(path, "expected a non-empty array of ascending integers, found "
            + JsonPaths.describe(node) + " (leave it out to read metrics at the end only)");
        return List.of();
      }
      String range = budget.isPresent() ? "in [1, " + length + "] (" + unit + ")" : ">= 1";
      for (int i = 0; i < node.size(); i++) {
        String elementPath = JsonPaths.element(path, i);
        Optional<Long> at = ParamValues.integerValue(node.get(i))
            .filter(v -> v >= 1 && v <= length);
        if (at.isEmpty()) {
          problems.add(elementPath, "expected a checkpoint " + range + ", found "
              + JsonPaths.describe(node.get(i)));
        } else if (!points.isEmpty() && at.get() <= points.get(points.size() - 1)) {
          problems.add(elementPath, "expected checkpoints in ascending order, found " + at.get()
              + " after " + points.get(points.size() - 1));
        } else {
          points.add(at.get());
        }
      }
    }
    budget.ifPresent(b -> {
      if (points.isEmpty() || points.get(points.size() - 1) != b.length()) {
        points.add(b.length());
      }
    });
    return points;
  }

  private Optional<Ranking> ranking(JsonNode node, Map<String, Descriptor> metrics) {
    String path = member("leaderboard");
    if (node != null && !node.isObject()) {
      problems.add(path, "expected an object with \"rank-by\" and \"higher-is-better\", found "
          + JsonPaths.describe(node));
      return Optional.empty();
    }
    JsonNode board = node == null ? MissingNode.getInstance() : node;
    if (node != null) {
      Keys.rejectUnknown(node, path, LEADERBOARD_KEYS, problems);
    }
    Optional<String> metric = rankBy(board.get("rank-by"), metrics, path);
    JsonNode higher = board.get("higher-is-better");
    String higherPath = JsonPaths.member(path, "higher-is-better");
    if (higher != null && !higher.isBoolean()) {
      problems.add(higherPath, "expected true or false, found " + JsonPaths.describe(higher));
      return Optional.empty();
    }
    if (metric.isEmpty()) {
      return Optional.empty();
    }
    Descriptor descriptor = metrics.get(metric.get());
    if (descriptor.vector()) {
      problems.add(node == null ? ROOT : JsonPaths.member(path, "rank-by"), "metric '"
          + metric.get() + "' has a vector value and cannot rank policies; rank by a metric "
          + "with a single value");
      return Optional.empty();
    }
    if (higher != null) {
      return Optional.of(new Ranking(metric.get(), higher.booleanValue()));
    }
    Direction direction = descriptor.direction();
    if (direction == Direction.NEUTRAL) {
      problems.add(node == null ? ROOT : path, "ranking metric '" + metric.get()
          + "' declares no direction; set \"leaderboard\": {\"higher-is-better\": true or false}");
      return Optional.empty();
    }
    return Optional.of(new Ranking(metric.get(), direction == Direction.HIGHER_IS_BETTER));
  }

  private Optional<String> rankBy(JsonNode node, Map<String, Descriptor> byKey,
      String boardPath) {
    List<String> metrics = List.copyOf(byKey.keySet());
    if (node == null) {
      if (metrics.size() <= 1) {
        return metrics.isEmpty() ? Optional.empty() : Optional.of(metrics.get(0));
      }
      List<String> primary = metrics.stream().filter(m -> byKey.get(m).primary()).toList();
      if (primary.size() == 1) {
        return Optional.of(primary.get(0));
      }
      problems.add(ROOT, "the scenario selects " + metrics.size() + " metrics (" + String.join(", ", metrics)
          + ") and " + (primary.isEmpty() ? "none is" : primary.size() + " are")
          + " marked primary by its plugin; say which ranks the leaderboard: \"leaderboard\": "
          + "{\"rank-by\": \"" + (primary.isEmpty() ? metrics.get(0) : primary.get(0)) + "\"}");
      return Optional.empty();
    }
    String path = JsonPaths.member(boardPath, "rank-by");
    if (!node.isTextual()) {
      problems.add(path, "expected a metric key (its id, or its label when configured), found "
          + JsonPaths.describe(node));
      return Optional.empty();
    }
    String id = node.textValue();
    if (metrics.contains(id)) {
      return Optional.of(id);
    }
    if (!metrics.isEmpty()) {
      String hint = catalog.find(Kind.METRIC, id).isPresent() ? "; add it to \"metrics\""
          : Suggestions.didYouMean(id, metrics);
      problems.add(path, "expected one of the selected metrics (" + String.join(", ", metrics)
          + "), found " + JsonPaths.quote(id) + hint);
    }
    return Optional.empty();
  }

  private long timeLimitMillis(JsonNode node) {
    if (node == null) {
      return 0;
    }
    if (!node.isNumber() || !(node.doubleValue() > 0) || node.doubleValue() > MAX_SECONDS) {
      problems.add(member("time-limit-seconds"), "expected a number of seconds > 0, found "
          + JsonPaths.describe(node));
      return 0;
    }
    return Math.max(1, (long) Math.ceil(node.doubleValue() * 1000));
  }
}
