package org.recbench.core.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Kind;
import org.recbench.api.ParamSpec;
import org.recbench.api.input.Excerpt;
import org.recbench.core.catalog.Catalog;

/**
 * Reads the {@code environments}, {@code policies} and {@code metrics} arrays of a scenario:
 * resolves ids and globs against the catalog and validates every parameter value. The three
 * arrays take the same entries (ids, globs except for environments, and
 * {@code {"id", "label", "params", "grid"}} objects).
 *
 * <p>A glob selects, with default parameters, every matching component that no entry of the same
 * array names explicitly (so {@code ["bandit.*", {"id": "bandit.epsilon-greedy", "grid": ...}]}
 * runs epsilon-greedy only with the grid); an id matched by several globs is selected once.
 * Components with required parameters cannot run on defaults, so globs pass over them with a
 * note.
 */
final class SelectionReader {

  /** The most configurations one entry's grid may expand to. */
  static final long MAX_GRID_POINTS = 100_000;
  /** The longest label an entry may give. */
  static final int MAX_LABEL = 200;
  private static final List<String> ENTRY_KEYS = List.of("id", "label", "params", "grid");

  private final Catalog catalog;
  private final Problems problems;
  private final List<String> notes;

  SelectionReader(Catalog catalog, Problems problems, List<String> notes) {
    this.catalog = catalog;
    this.problems = problems;
    this.notes = notes;
  }

  /** The entries of {@code array} ({@code environments}, {@code policies} or {@code metrics}). */
  List<ComponentSelection> components(Kind kind, JsonNode array, String path) {
    boolean globs = kind != Kind.ENVIRONMENT;
    String expected = "a non-empty array of " + kind.label() + " ids"
        + (globs ? ", globs" : "") + " or {\"id\", \"params\", \"grid\"} objects";
    if (!nonEmptyArray(array, path, expected)) {
      return List.of();
    }
    Set<String> named = explicitIds(array);
    Set<String> taken = new HashSet<>();
    List<ComponentSelection> selections = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      JsonNode entry = array.get(i);
      String entryPath = JsonPaths.element(path, i);
      if (entry.isTextual() && Glob.isGlob(entry.textValue())) {
        if (globs) {
          for (ComponentType<?> type : matches(kind, entry.textValue(), entryPath)) {
            if (!named.contains(type.id()) && taken.add(type.id())) {
              selections.add(ComponentSelection.defaults(type.id(), entryPath));
            }
          }
        } else {
          problems.add(entryPath, "expected an exact " + kind.label() + " id, found glob "
              + JsonPaths.quote(entry.textValue()) + " (globs are allowed in policies and metrics)");
        }
      } else if (entry.isTextual()) {
        resolve(kind, entry.textValue(), entryPath)
            .filter(type -> runsOnDefaults(type, entryPath))
            .ifPresent(type -> selections.add(ComponentSelection.defaults(type.id(), entryPath)));
      } else if (entry.isObject()) {
        configured(kind, entry, entryPath).ifPresent(selections::add);
      } else {
        problems.add(entryPath, "expected " + withArticle(kind) + " id"
            + (globs ? ", a glob" : "") + " or an {\"id\", \"params\", \"grid\"} object, found "
            + JsonPaths.describe(entry));
      }
    }
    return selections;
  }

  private boolean nonEmptyArray(JsonNode node, String path, String expected) {
    if (!node.isArray() || node.isEmpty()) {
      problems.add(path, "expected " + expected + ", found " + JsonPaths.describe(node));
      return false;
    }
    return true;
  }

  /** Exact ids named by strings or objects of {@code array}; globs pass over them. */
  private static Set<String> explicitIds(JsonNode array) {
    Set<String> ids = new HashSet<>();
    for (JsonNode entry : array) {
      JsonNode id = entry.isObject() ? entry.path("id") : entry;
      if (id.isTextual() && !Glob.isGlob(id.textValue())) {
        ids.add(id.textValue());
      }
    }
    return ids;
  }

  /**
   * Components of {@code kind} matching {@code glob} that run on defaults, in catalog order
   * (plugins by name, then the order each plugin declares them in), so a plugin's families
   * such as {@code churn.belief-max-at-round-*} keep their intended order.
   */
  private List<ComponentType<?>> matches(Kind kind, String glob, String path) {
    Glob pattern = Glob.of(glob);
    List<ComponentType<?>> matching = catalog.all(kind).stream()
        .filter(type -> pattern.matches(type.id()))
        .toList();
    if (matching.isEmpty()) {
      problems.add(path, "glob " + JsonPaths.quote(glob) + " matches no " + kind.label()
          + "; " + kind.label() + " ids start with " + String.join(", ", families(kind)));
      return List.of();
    }
    List<ComponentType<?>> runnable = new ArrayList<>();
    for (ComponentType<?> type : matching) {
      Optional<ParamSpec> required = firstRequired(type.descriptor());
      if (required.isPresent()) {
        notes.add(path + ": glob " + JsonPaths.quote(glob) + " passes over " + type.id()
            + ", which needs parameter '" + required.get().name() + "'; name it with params to run it");
      } else {
        runnable.add(type);
      }
    }
    if (runnable.isEmpty()) {
      problems.add(path, "glob " + JsonPaths.quote(glob) + " matches only " + kind.label()
          + "s with required parameters (" + String.join(", ", matching.stream()
              .map(ComponentType::id).toList()) + "); name them with params");
    }
    return runnable;
  }

  /** The distinct id prefixes up to the first dot, e.g. {@code bandit., churn.}. */
  private List<String> families(Kind kind) {
    return catalog.all(kind).stream()
        .map(type -> type.id().contains(".")
            ? type.id().substring(0, type.id().indexOf('.') + 1) + "*" : type.id())
        .distinct().sorted().toList();
  }

  /** The component {@code id} if it exists and is of {@code kind}; else records why not. */
  private Optional<ComponentType<?>> resolve(Kind kind, String id, String path) {
    Optional<ComponentType<?>> found = catalog.find(id);
    if (found.isPresent() && found.get().descriptor().kind() != kind) {
      problems.add(path, "'" + id + "' is " + withArticle(found.get().descriptor().kind())
          + ", not " + withArticle(kind));
      return Optional.empty();
    }
    if (found.isEmpty()) {
      List<String> known = catalog.all(kind).stream().map(ComponentType::id).toList();
      String hint = Suggestions.didYouMean(id, known);
      problems.add(path, "unknown " + kind.label() + " " + Excerpt.quote(id) + (hint.isEmpty()
          ? "; known " + kind.label() + "s: " + String.join(", ", known) : hint));
    }
    return found;
  }

  /** "an environment", "a policy", "a metric". */
  private static String withArticle(Kind kind) {
    return (kind == Kind.ENVIRONMENT ? "an " : "a ") + kind.label();
  }

  private boolean runsOnDefaults(ComponentType<?> type, String path) {
    Optional<ParamSpec> required = firstRequired(type.descriptor());
    required.ifPresent(spec -> problems.add(path, type.id() + " needs parameter '" + spec.name()
        + "' (" + ParamValues.expectation(spec) + "); write {\"id\": \"" + type.id()
        + "\", \"params\": {\"" + spec.name() + "\": ...}}"));
    return required.isEmpty();
  }

  private static Optional<ParamSpec> firstRequired(Descriptor descriptor) {
    return descriptor.parameters().stream().filter(ParamSpec::required).findFirst();
  }

  /** An {@code {"id", "label", "params", "grid"}} entry. */
  private Optional<ComponentSelection> configured(Kind kind, JsonNode entry, String path) {
    Keys.rejectUnknown(entry, path, ENTRY_KEYS, problems);
    if (!Keys.require(entry, path, "id", "an exact " + kind.label() + " id", problems)) {
      return Optional.empty();
    }
    JsonNode idNode = entry.get("id");
    String idPath = JsonPaths.member(path, "id");
    if (!idNode.isTextual()) {
      problems.add(idPath, "expected an exact " + kind.label() + " id (a string), found "
          + JsonPaths.describe(idNode));
      return Optional.empty();
    }
    if (Glob.isGlob(idNode.textValue())) {
      problems.add(idPath, "expected an exact " + kind.label() + " id, found glob "
          + JsonPaths.quote(idNode.textValue())
          + " (objects configure one component; write globs as plain strings)");
      return Optional.empty();
    }
    Optional<ComponentType<?>> type = resolve(kind, idNode.textValue(), idPath);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    Descriptor descriptor = type.get().descriptor();
    int before = problems.count();
    Map<String, Object> params = params(descriptor, entry.get("params"),
        JsonPaths.member(path, "params"));
    Map<String, List<Object>> grid = grid(descriptor, entry.get("grid"),
        JsonPaths.member(path, "grid"), entry.get("params"));
    for (ParamSpec spec : descriptor.parameters()) {
      if (spec.required() && !hasMember(entry.get("params"), spec.name())
          && !hasMember(entry.get("grid"), spec.name())) {
        problems.add(path, descriptor.id() + " needs parameter '" + spec.name() + "' ("
            + ParamValues.expectation(spec) + ", " + spec.doc() + ") in params or grid");
      }
    }
    String label = label(entry.get("label"), JsonPaths.member(path, "label"));
    return problems.count() == before
        ? Optional.of(new ComponentSelection(descriptor.id(), params, grid, path, label))
        : Optional.empty();
  }

  /**
   * The optional report label of an entry: a non-blank string of at most {@value #MAX_LABEL}
   * characters without control characters (a label is a cell of every report, one line).
   */
  private String label(JsonNode node, String path) {
    if (node == null) {
      return null;
    }
    if (!node.isTextual() || node.textValue().isBlank()
        || node.textValue().strip().length() > MAX_LABEL
        || node.textValue().chars().anyMatch(Character::isISOControl)) {
      problems.add(path, "expected a non-empty string of at most " + MAX_LABEL + " characters "
          + "without control characters, naming the entry in reports, found "
          + JsonPaths.describe(node) + (node.isTextual() && node.textValue().length() > MAX_LABEL
              ? " of " + node.textValue().length() + " characters" : ""));
      return null;
    }
    return node.textValue().strip();
  }

  private static boolean hasMember(JsonNode object, String name) {
    return object != null && object.isObject() && object.has(name);
  }

  private Map<String, Object> params(Descriptor descriptor, JsonNode node, String path) {
    Map<String, Object> values = new LinkedHashMap<>();
    if (node == null) {
      return values;
    }
    if (!node.isObject()) {
      problems.add(path, "expected an object of parameter values, found "
          + JsonPaths.describe(node));
      return values;
    }
    for (Map.Entry<String, JsonNode> member : node.properties()) {
      String memberPath = JsonPaths.member(path, member.getKey());
      declared(descriptor, member.getKey(), memberPath)
          .flatMap(spec -> ParamValues.read(member.getValue(), spec, memberPath, problems))
          .ifPresent(value -> values.put(member.getKey(), value));
    }
    return values;
  }

  private Map<String, List<Object>> grid(Descriptor descriptor, JsonNode node, String path,
      JsonNode params) {
    Map<String, List<Object>> grid = new LinkedHashMap<>();
    if (node == null) {
      return grid;
    }
    if (!node.isObject()) {
      problems.add(path, "expected an object mapping parameter names to arrays of values, found "
          + JsonPaths.describe(node));
      return grid;
    }
    for (Map.Entry<String, JsonNode> member : node.properties()) {
      String name = member.getKey();
      String memberPath = JsonPaths.member(path, name);
      Optional<ParamSpec> spec = declared(descriptor, name, memberPath);
      if (spec.isEmpty()) {
        continue;
      }
      JsonNode values = member.getValue();
      if (hasMember(params, name)) {
        problems.add(memberPath, "parameter '" + name
            + "' is also set in params; set it in params or in grid, not both");
      } else if (!values.isArray() || values.isEmpty()) {
        problems.add(memberPath, "expected a non-empty array of values, each "
            + ParamValues.expectation(spec.get()) + ", found " + JsonPaths.describe(values));
      } else {
        List<Object> converted = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
          ParamValues.read(values.get(i), spec.get(), JsonPaths.element(memberPath, i), problems)
              .ifPresent(converted::add);
        }
        if (converted.size() == values.size()) {
          grid.put(name, converted);
        }
      }
    }
    long points = 1;
    for (List<Object> axis : grid.values()) {
      points = Math.multiplyHigh(points, axis.size()) != 0 ? Long.MAX_VALUE
          : Math.min(Long.MAX_VALUE / 2, points * axis.size());
    }
    if (points > MAX_GRID_POINTS) {
      problems.add(path, "expands to " + String.join(" x ", grid.values().stream()
          .map(axis -> Integer.toString(axis.size())).toList()) + " = "
          + (points >= Long.MAX_VALUE / 2 ? "more than " + Long.MAX_VALUE / 2 : points)
          + " configurations, more than the " + MAX_GRID_POINTS + " one entry may have; split "
          + "the grid or fix some parameters");
    }
    return grid;
  }

  private Optional<ParamSpec> declared(Descriptor descriptor, String name, String path) {
    Optional<ParamSpec> spec = descriptor.parameter(name);
    if (spec.isEmpty()) {
      List<String> names = ParamValues.names(descriptor.parameters());
      String hint = Suggestions.didYouMean(name, names);
      problems.add(path, "unknown parameter " + Excerpt.quote(name) + " of " + descriptor.id()
          + (!hint.isEmpty() ? hint : names.isEmpty() ? "; it has no parameters"
              : "; its parameters are " + String.join(", ", names)));
    }
    return spec;
  }
}
