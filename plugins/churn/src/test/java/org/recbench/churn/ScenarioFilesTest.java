package org.recbench.churn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.SplittableRandom;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recbench.api.Capabilities;
import org.recbench.api.ComponentType;
import org.recbench.api.Environment;
import org.recbench.api.Metric;
import org.recbench.api.ParamSpec;
import org.recbench.api.Params;
import org.recbench.api.Plugin;
import org.recbench.api.Policy;
import org.recbench.protocol.session.Reaction;
import org.recbench.protocol.session.Recommendation;
import org.recbench.protocol.session.SessionObservation;
import org.recbench.protocol.session.SessionProtocol;

/**
 * The churn scenarios name only components on this classpath (or the core's generic metrics),
 * set only declared parameters with values of the declared type and range, and their first
 * configurations run a few sessions with every policy and churn metric they list.
 */
class ScenarioFilesTest {

  private static final Path SCENARIOS = Path.of("..", "..", "scenarios", "churn");
  private static final List<String> GENERIC_METRICS = List.of("reward", "mean-episode-reward",
      "episode-length", "planning-time", "nodes-expanded", "decision-time");

  private static final Map<String, ComponentType<?>> COMPONENTS = new LinkedHashMap<>();

  static {
    for (Plugin plugin : ServiceLoader.load(Plugin.class)) {
      plugin.environments().forEach(t -> COMPONENTS.put(t.id(), t));
      plugin.policies().forEach(t -> COMPONENTS.put(t.id(), t));
      plugin.metrics().forEach(t -> COMPONENTS.put(t.id(), t));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"fig1-belief", "fig2-runtime", "myopic-gap", "movielens"})
  void churnScenarioIsValidAndItsFirstConfigurationsRun(String file)
      throws IOException {
    JsonNode scenario = new ObjectMapper().readTree(SCENARIOS.resolve(file + ".json").toFile());
    assertThat(scenario.get("name").asText()).matches("[a-z0-9][a-z0-9._-]*");
    assertThat(scenario.get("seeds").asInt()).isGreaterThanOrEqualTo(10);
    List<String> metrics = texts(scenario.get("metrics"));
    for (String metric : metrics) {
      String pattern = java.util.regex.Pattern.quote(metric).replace("*", "\\E.*\\Q");
      assertThat(GENERIC_METRICS.contains(metric)
          || COMPONENTS.keySet().stream().anyMatch(id -> id.matches(pattern)))
          .as(file + ": metric " + metric).isTrue();
    }
    List<ComponentType<?>> policies = new ArrayList<>();
    List<Params> policyParams = new ArrayList<>();
    for (JsonNode entry : scenario.get("policies")) {
      policies.add(component(file, entry));
      policyParams.add(firstConfiguration(file, entry));
    }
    for (JsonNode entry : scenario.get("environments")) {
      ComponentType<?> environmentType = component(file, entry);
      Params params = firstConfiguration(file, entry);
      if (environmentType.skipCheck().reason(params).isPresent()) {
        continue;
      }
      for (int i = 0; i < policies.size(); i++) {
        runSessions(environmentType, params, policies.get(i), policyParams.get(i), metrics);
      }
    }
  }

  private static ComponentType<?> component(String file, JsonNode entry) {
    String id = entry.isTextual() ? entry.asText() : entry.get("id").asText();
    ComponentType<?> type = COMPONENTS.get(id);
    assertThat(type).as(file + ": component " + id).isNotNull();
    return type;
  }

  /** The entry's params plus the first value of each grid axis, checked against the specs. */
  private static Params firstConfiguration(String file, JsonNode entry) {
    Map<String, Object> values = new LinkedHashMap<>();
    if (entry.isObject()) {
      ComponentType<?> type = component(file, entry);
      entry.path("params").properties().forEach(field ->
          values.put(field.getKey(), converted(file, type, field.getKey(), field.getValue())));
      entry.path("grid").properties().forEach(field -> {
        for (JsonNode value : field.getValue()) {
          converted(file, type, field.getKey(), value);
        }
        values.put(field.getKey(), converted(file, type, field.getKey(), field.getValue().get(0)));
      });
      for (ParamSpec spec : type.descriptor().parameters()) {
        if (spec.defaultValue() != null) {
          values.putIfAbsent(spec.name(), spec.defaultValue());
        }
        assertThat(!spec.required() || values.containsKey(spec.name()))
            .as(file + ": required " + spec.name()).isTrue();
      }
      return Params.of(values);
    }
    ComponentType<?> type = component(file, entry);
    for (ParamSpec spec : type.descriptor().parameters()) {
      if (spec.defaultValue() != null) {
        values.put(spec.name(), spec.defaultValue());
      }
    }
    return Params.of(values);
  }

  private static Object converted(String file, ComponentType<?> type, String name, JsonNode value) {
    Optional<ParamSpec> spec = type.descriptor().parameter(name);
    assertThat(spec).as(file + ": " + type.id() + " declares " + name).isPresent();
    Object converted = switch (spec.get().type()) {
      case INTEGER -> {
        assertThat(value.isIntegralNumber()).as(file + ": " + name + " is an integer").isTrue();
        yield value.asLong();
      }
      case NUMBER -> {
        assertThat(value.isNumber()).as(file + ": " + name + " is a number").isTrue();
        yield value.asDouble();
      }
      case BOOLEAN -> value.asBoolean();
      case STRING -> value.asText();
      case NUMBER_ARRAY -> StreamSupport.stream(value.spliterator(), false)
          .mapToDouble(JsonNode::asDouble).toArray();
      case NUMBER_MATRIX -> StreamSupport.stream(value.spliterator(), false)
          .map(row -> StreamSupport.stream(row.spliterator(), false)
              .mapToDouble(JsonNode::asDouble).toArray())
          .toArray(double[][]::new);
    };
    assertThat(spec.get().check(converted)).as(file + ": " + name + " in range").isEmpty();
    return converted;
  }

  @SuppressWarnings("unchecked")
  private static void runSessions(ComponentType<?> environmentType, Params environmentParams,
      ComponentType<?> policyType, Params policyParams, List<String> metricIds) {
    Environment<SessionObservation, Recommendation, Reaction> environment =
        (Environment<SessionObservation, Recommendation, Reaction>) environmentType.factory()
            .create(environmentParams, new SplittableRandom(1), Capabilities.NONE);
    Capabilities known = Capabilities.of(Map.of(SessionProtocol.CHURN_MODEL.id(),
        environment.capability(SessionProtocol.CHURN_MODEL).orElseThrow()));
    Policy<SessionObservation, Recommendation, Reaction> policy =
        (Policy<SessionObservation, Recommendation, Reaction>) policyType.factory()
            .create(policyParams, new SplittableRandom(2), known);
    List<Metric<SessionObservation, Recommendation, Reaction>> metrics = new ArrayList<>();
    for (String id : metricIds) {
      if (COMPONENTS.containsKey(id)) {
        metrics.add((Metric<SessionObservation, Recommendation, Reaction>) COMPONENTS.get(id)
            .factory().create(Params.empty(), new SplittableRandom(3), known));
      }
    }
    SessionRunner.run(environment, policy, 3, 1_000_000, metrics);
    for (Metric<SessionObservation, Recommendation, Reaction> metric : metrics) {
      assertThat(metric.value()).as(policyType.id()).isFinite();
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(node -> out.add(node.asText()));
    return out;
  }
}
