package org.recbench.sarsop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.recbench.api.ParamType;
import org.recbench.sarsop.testing.Fixture;

/** The sarsop part of scenarios/churn/sarsop-vs-bnb.json agrees with the fixtures and the plugin. */
class ScenarioFileTest {

  private static final Path SCENARIO = Path.of("../../scenarios/churn/sarsop-vs-bnb.json");

  @Test
  void matrixEnvironmentsAreTheFourFixtureInstances() throws IOException {
    List<String> found = new ArrayList<>();
    for (JsonNode env : scenario().get("environments")) {
      if (!env.get("id").asText().equals("churn.matrix")) {
        continue;
      }
      double[] prior = doubles(env.get("params").get("prior"));
      double[][] like = StreamSupport.stream(env.get("params").get("like").spliterator(), false)
          .map(ScenarioFileTest::doubles).toArray(double[][]::new);
      Fixture.ALL.stream()
          .filter(f -> Arrays.equals(f.prior(), prior) && Arrays.deepEquals(f.like(), like))
          .forEach(f -> found.add(f.name()));
    }

    assertThat(found).containsExactlyElementsOf(Fixture.ALL.stream().map(Fixture::name).toList());
  }

  @Test
  void sarsopPolicyGridUsesDeclaredParameters() throws IOException {
    JsonNode solve = StreamSupport.stream(scenario().get("policies").spliterator(), false)
        .filter(p -> p.isObject() && p.get("id").asText().equals(SolvePolicyType.ID))
        .findFirst().orElseThrow();
    var descriptor = SolvePolicyType.create(new SolverSetup("", null, null)).descriptor();

    solve.get("grid").fieldNames().forEachRemaining(name ->
        assertThat(descriptor.parameter(name)).as(name).isPresent());
    assertThat(descriptor.parameter("undiscounted-exact").orElseThrow().type())
        .isEqualTo(ParamType.BOOLEAN);
    assertThat(solve.get("grid").get("undiscounted-exact")).allMatch(JsonNode::isBoolean);
  }

  private static JsonNode scenario() throws IOException {
    return new ObjectMapper().readTree(SCENARIO.toFile());
  }

  private static double[] doubles(JsonNode array) {
    double[] v = new double[array.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = array.get(i).asDouble();
    }
    return v;
  }
}
