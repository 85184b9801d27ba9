package org.recbench.churn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recbench.api.StandardCapabilities;
import org.recbench.core.catalog.Catalog;
import org.recbench.core.plan.Plan;
import org.recbench.core.plan.Planner;
import org.recbench.core.run.TrialRunner;
import org.recbench.core.scenario.ScenarioException;
import org.recbench.core.scenario.ScenarioLoader;
import org.recbench.core.trial.ComponentConfig;
import org.recbench.core.trial.TrialResult;
import org.recbench.core.trial.TrialSpec;

/**
 * The churn scenarios that need no other plugin than the baselines (fig2-runtime and
 * sarsop-vs-bnb also need the sarsop plugin; the app's tests cover them) pass the harness's own
 * validation and planning against this plugin, the baselines and the core metrics, and the first
 * environment configuration of each runs a few sessions with every policy configuration and
 * metric the scenario lists.
 */
class ScenarioFilesTest {

  private static final Path SCENARIOS = Path.of("..", "..", "scenarios", "churn");
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"fig1-belief", "myopic-gap", "movielens"})
  void churnScenarioIsValidAndItsFirstConfigurationsRun(String file)
      throws IOException, ScenarioException {
    Path path = SCENARIOS.resolve(file + ".json");
    ObjectNode scenario = (ObjectNode) JSON.readTree(path.toFile());
    assertThat(scenario.get("seeds").asInt()).isGreaterThanOrEqualTo(10);
    Plan full;
    try {
      full = plan(scenario, path);
    } catch (ScenarioException e) {
      // MovieLens-1M may not be redistributed: without it every MovieLens pair is skipped
      assertThat(file).as(e.getMessage()).isEqualTo("movielens");
      assertThat(e.getMessage()).contains("every environment-policy pair is skipped",
          "ratings.dat not found");
      return;
    }
    assertThat(full.skipped()).isEmpty();

    scenario.put("seeds", 1).put("episodes", 3).remove("checkpoints");
    Plan shortened = plan(scenario, path);
    Map<String, TrialSpec> firstEnvironment = new LinkedHashMap<>();
    for (TrialSpec spec : shortened.trials()) {
      if (spec.environment().equals(shortened.trials().get(0).environment())) {
        firstEnvironment.put(spec.policy().label(), spec);
      }
    }
    assertThat(firstEnvironment).hasSize(scenario.get("policies").size());
    TrialRunner runner = new TrialRunner(ScriptedSessions.KIT.catalog());
    for (TrialSpec spec : firstEnvironment.values()) {
      assertThat(spec.metrics()).as(spec.describe())
          .containsExactlyElementsOf(recordable(full.metrics(), spec));
      TrialResult result = runner.run(spec);
      assertThat(result.ok()).as(spec.describe() + ": " + result.error()).isTrue();
      // a per-round belief metric is NaN until a session reaches its round, except round 1
      result.checkpoints().get(0).metrics().forEach((key, value) -> {
        if (!key.contains("[round=") || key.endsWith("[round=1]")) {
          assertThat(value).as(spec.describe() + ": " + key).isFinite();
        }
      });
    }
  }

  /**
   * The scenario's metrics a trial records: those whose required capabilities the environment,
   * the policy or the harness provides (planning metrics need a planner, churn.policy-value a
   * policy that plays a fixed sequence).
   */
  private static List<ComponentConfig> recordable(List<ComponentConfig> metrics, TrialSpec spec) {
    Catalog catalog = ScriptedSessions.KIT.catalog();
    Set<String> available = new HashSet<>(List.of(StandardCapabilities.SHARED_WORK.id(),
        StandardCapabilities.DECISION_TIMER.id()));
    catalog.environment(spec.environment().id()).descriptor().provides()
        .forEach(c -> available.add(c.id()));
    catalog.policy(spec.policy().id()).descriptor().provides()
        .forEach(c -> available.add(c.id()));
    return metrics.stream().filter(metric -> catalog.metric(metric.id()).descriptor().requires()
        .stream().allMatch(c -> available.contains(c.id()))).toList();
  }

  @Test
  void fig1ReadsTheBeliefAtEachRoundFromOneParameterisedMetric() throws IOException,
      ScenarioException {
    Path path = SCENARIOS.resolve("fig1-belief.json");
    Plan plan = plan((ObjectNode) JSON.readTree(path.toFile()), path);
    assertThat(plan.metrics()).extracting(config -> config.label()).containsExactly(
        "mean-episode-reward", "churn.belief-max[round=1]", "churn.belief-max[round=2]",
        "churn.belief-max[round=3]", "churn.belief-max[round=5]", "churn.belief-max[round=10]",
        "churn.belief-max[round=20]", "churn.belief-max[round=50]",
        "churn.belief-max[round=100]", "churn.belief-entropy", "episode-length");
  }

  private static Plan plan(ObjectNode scenario, Path path) throws ScenarioException {
    return new Planner(ScriptedSessions.KIT.catalog()).plan(
        new ScenarioLoader(ScriptedSessions.KIT.catalog()).parse(scenario.toString(), path));
  }
}
