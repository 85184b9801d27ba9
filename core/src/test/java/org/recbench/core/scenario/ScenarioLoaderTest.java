package org.recbench.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbench.core.catalog.Catalog;
import org.recbench.core.trial.Budget;

/** Valid scenarios load into the values docs/scenarios.md promises. */
class ScenarioLoaderTest {

  private static final Path VALID = Path.of("src/test/resources/scenarios/valid");

  private final ScenarioLoader loader = new ScenarioLoader(Catalog.load());

  @TempDir
  Path dir;

  @Test
  void fullScenarioResolvesIdsGlobsAndConvertsParameters() throws ScenarioException {
    Scenario scenario = loader.load(VALID.resolve("full.json"));

    assertThat(scenario.name()).isEqualTo("core-test.full");
    assertThat(scenario.description()).isEqualTo("every kind of entry the format allows");
    assertThat(scenario.seeds()).isEqualTo(3);
    assertThat(scenario.budget()).isEqualTo(new Budget(Budget.Unit.STEPS, 200));
    assertThat(scenario.checkpoints()).containsExactly(10L, 100L, 200L);
    assertThat(scenario.environments()).extracting(ComponentSelection::id)
        .containsExactly("test.counting", "test.counting", "test.table", "test.sessions");
    ComponentSelection grid = scenario.environments().get(1);
    assertThat(grid.params()).containsExactly(Map.entry("arms", 5L), Map.entry("noise", "uniform"));
    assertThat(grid.grid()).containsExactly(Map.entry("gap", List.of(0.05, 0.2)));
    assertThat((double[]) scenario.environments().get(2).params().get("means"))
        .containsExactly(0.2, 0.5, 0.7);
    assertThat((double[][]) scenario.environments().get(3).params().get("like"))
        .isDeepEqualTo(new double[][] {{0.5, 0.4}, {0.1, 0.3}});
    assertThat(scenario.metrics()).extracting(ComponentSelection::id)
        .containsExactly("regret", "reward", "steps", "decision-time", "test.scaled-reward");
    assertThat(scenario.rankBy()).isEqualTo("reward");
    assertThat(scenario.higherIsBetter()).isTrue();
    assertThat(scenario.timeLimitMillis()).isEqualTo(2500);
  }

  @Test
  void globSelectsMatchingIdsNotNamedExplicitlyInCatalogOrderAndPassesOverRequiredParameters()
      throws ScenarioException {
    Scenario scenario = loader.load(VALID.resolve("full.json"));

    assertThat(scenario.policies()).extracting(ComponentSelection::id, ComponentSelection::source)
        .containsExactly(
            tuple("test.round-robin", "$.policies[0]"),
            tuple("test.oracle-follower", "$.policies[0]"),
            tuple("test.external", "$.policies[0]"),
            tuple("test.first-category", "$.policies[0]"),
            tuple("test.greedy", "$.policies[1]"));
    assertThat(scenario.policies().get(4).grid()).containsOnlyKeys("epsilon", "optimistic");
    assertThat(scenario.notes()).containsExactly("$.policies[0]: glob \"test.*\" passes over "
        + "test.fixed-arm, which needs parameter 'arm'; name it with params to run it");
  }

  @Test
  void minimalScenarioTakesTheDocumentedDefaults() throws ScenarioException {
    Scenario scenario = loader.load(VALID.resolve("minimal.json"));

    assertThat(scenario.budget()).isEqualTo(new Budget(Budget.Unit.EPISODES, 4));
    assertThat(scenario.checkpoints()).containsExactly(4L);
    assertThat(scenario.description()).isEmpty();
    assertThat(scenario.timeLimitMillis()).isZero();
    assertThat(scenario.rankBy()).isEqualTo("reward");
    assertThat(scenario.higherIsBetter()).isTrue();
    assertThat(scenario.notes()).isEmpty();
    assertThat(scenario.file()).isEqualTo(VALID.resolve("minimal.json"));
  }

  @Test
  void aSingleMetricRanksWithItsDeclaredDirection() throws Exception {
    Scenario scenario = load("\"metrics\": [\"regret\"]");

    assertThat(scenario.rankBy()).isEqualTo("regret");
    assertThat(scenario.higherIsBetter()).isFalse();
  }

  @Test
  void severalMetricsWithoutRankByAndNoPrimaryOneAreAProblemNotTheFirstSilently() {
    assertThatThrownBy(() -> load("\"metrics\": [\"regret\", \"reward\"]"))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining("$: the scenario selects 2 metrics (regret, reward) and none is "
            + "marked primary by its plugin; say which ranks the leaderboard: \"leaderboard\": "
            + "{\"rank-by\": \"regret\"}");
  }

  @Test
  void theMetricItsPluginMarksPrimaryRanksWhenRankByIsLeftOut() throws Exception {
    Scenario scenario = load("\"metrics\": [\"regret\", \"test.scaled-reward\"]");

    assertThat(scenario.rankBy()).isEqualTo("test.scaled-reward");
    assertThat(scenario.higherIsBetter()).isTrue();
  }

  @Test
  void scenarioSetsTheDirectionOfANeutralRankingMetric() throws Exception {
    Scenario scenario = load("\"metrics\": [\"steps\"], "
        + "\"leaderboard\": {\"rank-by\": \"steps\", \"higher-is-better\": true}");

    assertThat(scenario.rankBy()).isEqualTo("steps");
    assertThat(scenario.higherIsBetter()).isTrue();
  }

  @Test
  void lengthIsNotRepeatedWhenItIsTheLastCheckpoint() throws Exception {
    assertThat(load("\"checkpoints\": [50, 200]").checkpoints()).containsExactly(50L, 200L);
  }

  @Test
  void integerParameterAcceptsAnIntegralNumberAndNumberParameterAnInteger() throws Exception {
    Scenario scenario = load("\"environments\": "
        + "[{\"id\": \"test.counting\", \"params\": {\"arms\": 5.0, \"gap\": 0}}]");

    assertThat(scenario.environments().get(0).params())
        .containsExactly(Map.entry("arms", 5L), Map.entry("gap", 0.0));
  }

  @Test
  void idsMatchedByTwoGlobsAreSelectedOnce() throws Exception {
    Scenario scenario = load("\"policies\": [\"test.r*\", \"test.*\", \"*-robin\"]");

    assertThat(scenario.policies()).extracting(ComponentSelection::id).containsExactly(
        "test.round-robin", "test.greedy", "test.oracle-follower", "test.external",
        "test.first-category");
  }

  @Test
  void timeLimitIsRoundedUpToWholeMilliseconds() throws Exception {
    assertThat(load("\"time-limit-seconds\": 0.0001").timeLimitMillis()).isEqualTo(1);
  }

  @Test
  void metricsTakeParametersAndTheirLabelsKeyTheRanking() throws Exception {
    Scenario scenario = load("\"metrics\": [{\"id\": \"test.scaled-reward\", \"params\": "
        + "{\"scale\": 2}}]");

    assertThat(scenario.metrics()).singleElement().satisfies(metric -> {
      assertThat(metric.id()).isEqualTo("test.scaled-reward");
      assertThat(metric.params()).containsExactly(Map.entry("scale", 2.0));
    });
    assertThat(scenario.rankBy()).isEqualTo("test.scaled-reward[scale=2]");
  }

  @Test
  void infiniteNumberIsOutOfRange() throws IOException {
    Path file = Files.writeString(dir.resolve("infinite.json"), "{\"name\": \"inf\", "
        + "\"seeds\": 1, \"horizon\": 10, \"policies\": [\"test.greedy\"], "
        + "\"metrics\": [\"reward\"], \"environments\": "
        + "[{\"id\": \"test.counting\", \"params\": {\"gap\": 1e400}}]}");
    assertThatThrownBy(() -> loader.load(file))
        .hasMessageEndingWith("$.environments[0].params.gap: expected a number in [0, 1], "
            + "found number Infinity");
  }

  @Test
  void parameterOfAComponentWithoutParametersIsUnknown() {
    assertThatThrownBy(() -> load("\"policies\": "
        + "[{\"id\": \"test.oracle-follower\", \"params\": {\"arms\": 2}}]"))
        .hasMessageEndingWith("$.policies[0].params.arms: unknown parameter 'arms' of "
            + "test.oracle-follower; it has no parameters");
  }

  @Test
  void requiredParameterMayComeFromTheGrid() throws Exception {
    Scenario scenario = load(
        "\"policies\": [{\"id\": \"test.fixed-arm\", \"grid\": {\"arm\": [0, 2]}}]");

    assertThat(scenario.policies().get(0).grid())
        .containsExactly(Map.entry("arm", List.of(0L, 2L)));
  }

  @Test
  void withSeedsReplacesOnlyTheSeedCount() throws ScenarioException {
    Scenario scenario = loader.load(VALID.resolve("full.json"));
    Scenario more = scenario.withSeeds(7);

    assertThat(more.seeds()).isEqualTo(7);
    assertThat(more).usingRecursiveComparison().ignoringFields("seeds").isEqualTo(scenario);
    assertThatThrownBy(() -> scenario.withSeeds(0)).isInstanceOf(IllegalArgumentException.class);
  }

  /** Loads a minimal valid scenario with the top-level members in {@code overrides} replaced. */
  private Scenario load(String overrides) throws IOException, ScenarioException {
    String json = "{\"name\": \"inline\", \"seeds\": 2, \"horizon\": 200, "
        + "\"environments\": [\"test.counting\"], \"policies\": [\"test.greedy\"], "
        + "\"metrics\": [\"reward\"]}";
    ObjectMapper mapper = new ObjectMapper();
    TypeReference<Map<String, Object>> members = new TypeReference<>() {};
    Map<String, Object> merged = new LinkedHashMap<>(mapper.readValue(json, members));
    merged.putAll(mapper.readValue("{" + overrides + "}", members));
    return loader.load(Files.writeString(dir.resolve("inline.json"),
        mapper.writeValueAsString(merged)));
  }
}
