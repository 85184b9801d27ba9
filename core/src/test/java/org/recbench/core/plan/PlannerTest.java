package org.recbench.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbench.core.catalog.Catalog;
import org.recbench.core.scenario.ScenarioException;
import org.recbench.core.scenario.ScenarioLoader;
import org.recbench.core.testplugins.TestPlugin;
import org.recbench.core.trial.Budget;
import org.recbench.core.trial.ComponentConfig;
import org.recbench.core.trial.TrialSpec;
import org.recbench.reports.SkippedPair;

class PlannerTest {

  private final Catalog catalog = Catalog.load();

  @TempDir
  Path dir;

  @Test
  void policyRequiringACapabilityTheEnvironmentLacksIsSkippedWithThatReason() throws Exception {
    Plan plan = plan("\"environments\": [{\"id\": \"test.table\", \"params\": {\"means\": [0.5]}}],"
        + "\"policies\": [\"test.oracle-follower\", \"test.round-robin\"]");

    assertThat(plan.skipped()).containsExactly(new SkippedPair("test.table[means=[0.5]]",
        "test.oracle-follower", "test.oracle-follower needs capability oracle"));
    assertThat(plan.trials()).extracting(t -> t.policy().id()).containsOnly("test.round-robin");
  }

  @Test
  void policyOfAnotherProtocolIsSkippedNamingBothProtocols() throws Exception {
    Plan plan = plan("\"environments\": [\"test.sessions\"],"
        + "\"policies\": [\"test.greedy\", \"test.first-category\"]");

    assertThat(plan.skipped()).extracting(SkippedPair::reason).containsExactly(
        "test.greedy speaks protocol bandit, environment test.sessions speaks session");
  }

  @Test
  void scenarioWhoseEveryPairIsSkippedIsAnError() {
    assertThatThrownBy(() -> plan("\"environments\": [\"test.sessions\"],"
        + "\"policies\": [\"test.greedy\", \"test.oracle-follower\"]"))
        .isInstanceOf(ScenarioException.class)
        .hasMessageEndingWith("$: every environment-policy pair is skipped, so nothing would run: "
            + "test.greedy speaks protocol bandit, environment test.sessions speaks session; "
            + "test.oracle-follower speaks protocol bandit, environment test.sessions speaks "
            + "session");
  }

  @Test
  void gridExpandsToTheCartesianProductWithTheFirstKeyVaryingSlowest() throws Exception {
    Plan plan = plan("\"seeds\": 3, \"environments\": [{\"id\": \"test.counting\","
        + " \"grid\": {\"gap\": [0.1, 0.2], \"arms\": [2, 3, 4]}}],"
        + "\"policies\": [\"test.round-robin\", {\"id\": \"test.greedy\","
        + " \"grid\": {\"epsilon\": [0, 0.5]}}]");

    assertThat(plan.trials()).hasSize(2 * 3 * 3 * 3);
    assertThat(plan.trials().stream().map(t -> t.environment().label()).distinct()).containsExactly(
        "test.counting[arms=2, gap=0.1]", "test.counting[arms=3, gap=0.1]",
        "test.counting[arms=4, gap=0.1]", "test.counting[arms=2, gap=0.2]",
        "test.counting[arms=3, gap=0.2]", "test.counting[arms=4, gap=0.2]");
    assertThat(plan.trials().stream().map(TrialSpec::key).distinct()).hasSize(54);
  }

  @Test
  void trialsAreOrderedEnvironmentThenPolicyThenSeed() throws Exception {
    Plan plan = plan("\"seeds\": 2, \"environments\": [{\"id\": \"test.counting\","
        + " \"grid\": {\"arms\": [2, 3]}}], \"policies\": [\"test.round-robin\", \"test.greedy\"]");

    assertThat(plan.trials()).extracting(t -> t.environment().label(), t -> t.policy().label(),
        TrialSpec::seed).containsExactly(
            tuple("test.counting[arms=2]", "test.round-robin", 0),
            tuple("test.counting[arms=2]", "test.round-robin", 1),
            tuple("test.counting[arms=2]", "test.greedy", 0),
            tuple("test.counting[arms=2]", "test.greedy", 1),
            tuple("test.counting[arms=3]", "test.round-robin", 0),
            tuple("test.counting[arms=3]", "test.round-robin", 1),
            tuple("test.counting[arms=3]", "test.greedy", 0),
            tuple("test.counting[arms=3]", "test.greedy", 1));
  }

  @Test
  void labelNamesTheParametersTheScenarioSetInDeclarationOrder() throws Exception {
    Plan plan = plan("\"environments\": [{\"id\": \"test.counting\", \"params\":"
        + " {\"shuffle\": true, \"noise\": \"uniform\"}, \"grid\": {\"gap\": [0.05]}}],"
        + "\"policies\": [{\"id\": \"test.greedy\", \"params\": {\"epsilon\": 0.0001}}]");

    TrialSpec trial = plan.trials().get(0);
    assertThat(trial.environment().label())
        .isEqualTo("test.counting[gap=0.05, noise=uniform, shuffle=true]");
    assertThat(trial.policy().label()).isEqualTo("test.greedy[epsilon=0.0001]");
  }

  @Test
  void everyDeclaredParameterIsFilledWithItsJavaType() throws Exception {
    Plan plan = plan("\"environments\": [\"test.counting\", \"test.sessions\"],"
        + "\"policies\": [\"test.greedy\", \"test.first-category\"]");

    ComponentConfig counting = plan.trials().get(0).environment();
    assertThat(counting.label()).isEqualTo("test.counting");
    assertThat(counting.params()).containsExactly(Map.entry("arms", 3L), Map.entry("gap", 0.1),
        Map.entry("noise", "none"), Map.entry("shuffle", false));
    assertThat(counting.params().values()).extracting(Object::getClass)
        .containsExactly(Long.class, Double.class, String.class, Boolean.class);
    ComponentConfig sessions = plan.trials().get(plan.trials().size() - 1).environment();
    assertThat((double[]) sessions.params().get("prior")).containsExactly(0.5, 0.5);
    assertThat((double[][]) sessions.params().get("like"))
        .isDeepEqualTo(new double[][] {{0.9, 0.1}, {0.2, 0.8}});
    assertThat(counting.toParams().getInt("arms")).isEqualTo(3);
  }

  @Test
  void metricNeedingExpectedRewardsIsLeftOutOfPairsWithoutThemWithANote() throws Exception {
    Plan plan = plan("\"environments\": [\"test.counting\","
        + " {\"id\": \"test.table\", \"params\": {\"means\": [0.5, 0.6]}}],"
        + "\"policies\": [\"test.greedy\"], \"metrics\": [\"reward\", \"regret\"]");

    assertThat(plan.trials()).extracting(t -> t.environment().id(),
            t -> t.metrics().stream().map(ComponentConfig::label).toList())
        .containsExactly(tuple("test.counting", List.of("reward", "regret")),
            tuple("test.table", List.of("reward")));
    assertThat(plan.skipped()).isEmpty();
    assertThat(plan.notes()).containsExactly("metric regret left out (regret needs "
        + "capability expected-rewards) for test.greedy on test.table[means=[0.5, 0.6]]");
  }

  @Test
  void metricLeftOutOnSeveralEnvironmentsIsOneNoteCountingThem() throws Exception {
    Plan plan = plan("\"environments\": [\"test.counting\", {\"id\": \"test.table\","
        + " \"grid\": {\"means\": [[0.5, 0.6], [0.1, 0.2]]}}],"
        + "\"policies\": [\"test.greedy\"], \"metrics\": [\"reward\", \"regret\"]");

    assertThat(plan.notes()).containsExactly("metric regret left out (regret needs "
        + "capability expected-rewards) for test.greedy on 2 environment configurations");
  }

  @Test
  void pairThatCannotRecordTheRankingMetricIsSkipped() throws Exception {
    Plan plan = plan("\"environments\": [\"test.counting\","
        + " {\"id\": \"test.table\", \"params\": {\"means\": [0.5, 0.6]}}],"
        + "\"policies\": [\"test.greedy\"], \"metrics\": [\"regret\", \"reward\"]");

    assertThat(plan.skipped()).containsExactly(new SkippedPair("test.table[means=[0.5, 0.6]]",
        "test.greedy", "ranking metric regret needs capability expected-rewards"));
    assertThat(plan.notes()).isEmpty();
  }

  @Test
  void aMetricSelectedTwiceIsAProblemAtTheSecondEntry() {
    assertThatThrownBy(() -> plan("\"metrics\": [\"reward\", \"steps\", \"reward\"]"))
        .isInstanceOf(ScenarioException.class)
        .hasMessageEndingWith("$.metrics[2]: configuration reward is selected twice (also by "
            + "$.metrics[0])");
  }

  @Test
  void aMetricGridGivesOneConfigurationPerValueKeyedByItsLabel() throws Exception {
    Plan plan = plan("\"metrics\": [\"reward\", {\"id\": \"test.scaled-reward\", \"grid\": "
        + "{\"scale\": [1, 2.5]}}]");

    assertThat(plan.metrics()).extracting(ComponentConfig::label)
        .containsExactly("reward", "test.scaled-reward[scale=1]", "test.scaled-reward[scale=2.5]");
    assertThat(plan.trials()).allSatisfy(t -> assertThat(t.metrics()).hasSize(3));
    assertThat(plan.metrics().get(2).params()).containsExactly(Map.entry("scale", 2.5));
  }

  @Test
  void aValidationProblemIsBadInputAtThePathOfTheParameter() {
    assertThatThrownBy(() -> plan("\"environments\": [{\"id\": \"test.counting\", \"params\": "
        + "{\"noise\": \"uniform\"}, \"grid\": {\"gap\": [0.1, 0.8]}}, {\"id\": "
        + "\"test.counting\", \"params\": {\"noise\": \"uniform\", \"gap\": 0.9}}]"))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining("$.environments[0].grid.gap: test.counting[gap=0.8, noise=uniform]"
            + ": is 0.8; with uniform noise expected at most 0.5")
        .hasMessageContaining("$.environments[1].params.gap: test.counting[gap=0.9, "
            + "noise=uniform]: is 0.9; with uniform noise expected at most 0.5")
        .hasMessageNotContaining("gap=0.1");
  }

  @Test
  void aMetricWithAVectorValueCannotRankTheLeaderboard() {
    assertThatThrownBy(() -> plan("\"metrics\": [\"test.arm-shares\", \"reward\"]"))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining("metric 'test.arm-shares' has a vector value and cannot rank "
            + "policies");
  }

  @Test
  void decisionTimerIsProvidedByTheHarness() throws Exception {
    Plan plan = plan("\"metrics\": [\"reward\", \"decision-time\"]");

    assertThat(plan.trials()).allSatisfy(t -> assertThat(t.metrics())
        .extracting(ComponentConfig::label).containsExactly("reward", "decision-time"));
  }

  @Test
  void skipCheckReasonSkipsTheConfiguration() throws Exception {
    Plan plan = plan("\"policies\": [{\"id\": \"test.external\","
        + " \"grid\": {\"solver\": [\"builtin\", \"external\"]}}]");

    assertThat(plan.skipped()).containsExactly(new SkippedPair("test.counting",
        "test.external[solver=external]", "test.external: " + TestPlugin.EXTERNAL_SOLVER_MISSING));
    assertThat(plan.trials()).extracting(t -> t.policy().label())
        .containsOnly("test.external[solver=builtin]");
  }

  @Test
  void scenarioLabelReplacesTheDerivedNameAndKeepsTheGridPoint() throws Exception {
    Plan plan = plan("\"environments\": [{\"id\": \"test.counting\", \"label\": \"easy\","
        + " \"params\": {\"shuffle\": true}, \"grid\": {\"gap\": [0.05, 0.1]}}],"
        + "\"policies\": [{\"id\": \"test.greedy\", \"label\": \"greedy\"}]");

    assertThat(plan.trials()).extracting(t -> t.environment().label(), t -> t.policy().label())
        .containsOnly(tuple("easy[gap=0.05]", "greedy"), tuple("easy[gap=0.1]", "greedy"));
  }

  @Test
  void oneLabelForTwoDifferentConfigurationsIsAnError() {
    assertThatThrownBy(() -> plan("\"policies\": [{\"id\": \"test.greedy\", \"label\": \"g\"},"
        + " {\"id\": \"test.greedy\", \"label\": \"g\", \"params\": {\"epsilon\": 0.3}}]"))
        .isInstanceOf(ScenarioException.class)
        .hasMessageEndingWith("$.policies[1]: label 'g' names two different configurations: give"
            + " each entry its own \"label\"");
  }

  @Test
  void sameConfigurationSelectedTwiceIsAnError() {
    assertThatThrownBy(() -> plan("\"policies\": [\"test.greedy\","
        + " {\"id\": \"test.greedy\", \"params\": {\"epsilon\": 0.1}}]"))
        .isInstanceOf(ScenarioException.class)
        .hasMessageEndingWith("$.policies[1]: configuration test.greedy[epsilon=0.1] is selected "
            + "twice (also by $.policies[0])");
  }

  @Test
  void trialsCarryTheScenarioBudgetCheckpointsAndTimeLimit() throws Exception {
    Plan plan = plan("\"name\": \"budget\", \"episodes\": 30, \"checkpoints\": [10],"
        + " \"time-limit-seconds\": 1.5");

    assertThat(plan.trials()).allSatisfy(t -> {
      assertThat(t.scenario()).isEqualTo("budget");
      assertThat(t.budget()).isEqualTo(new Budget(Budget.Unit.EPISODES, 30));
      assertThat(t.checkpoints()).containsExactly(10L, 30L);
      assertThat(t.timeLimitMillis()).isEqualTo(1500);
    });
  }

  @Test
  void seedOverrideChangesTheNumberOfTrialsPerPair() throws Exception {
    Plan plan = plan("\"seeds\": 2");
    Plan more = new Planner(catalog).plan(plan.scenario().withSeeds(5));

    assertThat(plan.trials()).hasSize(2);
    assertThat(more.trials()).extracting(TrialSpec::seed).containsExactly(0, 1, 2, 3, 4);
  }

  /**
   * Plans a scenario of {@code test.counting} against {@code test.greedy} recording
   * {@code test.reward} for one seed over 100 steps, with the given members added or replacing
   * those.
   */
  private Plan plan(String members) throws IOException, ScenarioException {
    Map<String, String> defaults = new LinkedHashMap<>(Map.of(
        "name", "\"plan\"", "seeds", "1", "environments", "[\"test.counting\"]",
        "policies", "[\"test.greedy\"]", "metrics", "[\"reward\"]"));
    StringBuilder json = new StringBuilder("{" + members);
    defaults.forEach((key, value) -> {
      if (!members.contains("\"" + key + "\"")) {
        json.append(", \"").append(key).append("\": ").append(value);
      }
    });
    if (!members.contains("\"episodes\"")) {
      json.append(", \"horizon\": 100");
    }
    com.fasterxml.jackson.databind.node.ObjectNode tree = (com.fasterxml.jackson.databind.node
        .ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper().readTree(
        json.append('}').toString());
    com.fasterxml.jackson.databind.JsonNode metrics = tree.get("metrics");
    if (!tree.has("leaderboard") && metrics.size() > 1 && metrics.get(0).isTextual()) {
      tree.putObject("leaderboard").put("rank-by", metrics.get(0).textValue());
    }
    Path file = Files.writeString(dir.resolve("plan.json"), tree.toString());
    return new Planner(catalog).plan(new ScenarioLoader(catalog).load(file));
  }
}
