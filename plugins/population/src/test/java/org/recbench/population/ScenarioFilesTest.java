package org.recbench.population;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recbench.api.Fact;
import org.recbench.core.plan.Plan;
import org.recbench.core.plan.Planner;
import org.recbench.core.run.AnalysisRunner;
import org.recbench.core.run.TrialRunner;
import org.recbench.core.scenario.ScenarioException;
import org.recbench.core.scenario.ScenarioLoader;
import org.recbench.core.trial.AnalysisRecord;
import org.recbench.core.trial.TrialResult;
import org.recbench.core.trial.TrialSpec;

/**
 * The bundled scenarios under {@code scenarios/population}: they plan against this plugin and the
 * core metrics without skipped pairs, a shortened run of each finishes, and the ODE analyses of
 * their softmax-ls configurations reproduce the paper's claims at τ = 1000 (Fig. 3a–c; Fig. 4
 * and Theorem 5 in the {@code long} group, about 4 s).
 */
class ScenarioFilesTest {

  private static final Path SCENARIOS = Path.of("..", "..", "scenarios", "population");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Plan plan(ObjectNode scenario, Path path) throws ScenarioException {
    var catalog = Populations.KIT.catalog();
    return new Planner(catalog).plan(new ScenarioLoader(catalog).parse(scenario.toString(), path));
  }

  private static ObjectNode read(String file) throws IOException {
    return (ObjectNode) JSON.readTree(SCENARIOS.resolve(file + ".json").toFile());
  }

  @ParameterizedTest
  @ValueSource(strings = {"fig3a-polarization", "fig3b-consensus", "fig3c-nearby-users",
      "fig4a-large", "fig4b-hyperplane"})
  void populationScenarioPlansEveryPairAndAShortRunOfItFinishes(String file)
      throws IOException, ScenarioException {
    Path path = SCENARIOS.resolve(file + ".json");
    ObjectNode scenario = read(file);
    Plan full = plan(scenario, path);
    assertThat(full.skipped()).isEmpty();
    assertThat(scenario.get("seeds").asInt()).isGreaterThanOrEqualTo(10);

    scenario.put("seeds", 1).put("horizon", 50).remove("checkpoints");
    TrialRunner runner = new TrialRunner(Populations.KIT.catalog());
    for (TrialSpec spec : plan(scenario, path).trials()) {
      TrialResult result = runner.run(spec);
      assertThat(result.ok()).as(spec.describe() + ": " + result.error()).isTrue();
      boolean linearModel = !spec.policy().id().equals("population.random");
      assertThat(spec.metrics().size()).as(spec.describe())
          .isEqualTo(full.metrics().size() - (linearModel ? 0 : linearMetrics(full)));
    }
  }

  /** How many of the scenario's metrics need the policy's linear estimate. */
  private static int linearMetrics(Plan plan) {
    return (int) plan.metrics().stream().filter(m -> m.id().equals("population.estimation-error")
        || m.id().equals("population.simplex")).count();
  }

  /** The facts of the scenario's softmax-ls analysis, by name. */
  private static Map<String, Double> odeFacts(String file) throws IOException, ScenarioException {
    Plan plan = plan(read(file), SCENARIOS.resolve(file + ".json"));
    var catalog = Populations.KIT.catalog();
    List<AnalysisRecord> records = new AnalysisRunner(catalog, new TrialRunner(catalog))
        .run(plan.trials(), Map.of());
    assertThat(records).hasSize(1);
    assertThat(records.get(0).ok()).as(records.get(0).error()).isTrue();
    Map<String, Double> facts = new LinkedHashMap<>();
    for (Fact fact : records.get(0).result().facts()) {
      facts.put(fact.name(), fact.value());
    }
    return facts;
  }

  private static double[] preferred(Map<String, Double> facts, int users) {
    double[] products = new double[users];
    for (int n = 0; n < users; n++) {
      products[n] = facts.get("user " + (n + 1) + ": preferred product at tau=1000");
    }
    return products;
  }

  @Test
  void theFigureThreeScenariosReproduceThePapersOutcomesAtOdeTimeOneThousand()
      throws IOException, ScenarioException {
    // Fig. 3a: every user keeps its initial product (1, 3, 2)
    assertThat(preferred(odeFacts("fig3a-polarization"), 3)).containsExactly(1, 3, 2);
    // Fig. 3b: consensus on product 2 with identical states
    Map<String, Double> consensus = odeFacts("fig3b-consensus");
    assertThat(preferred(consensus, 3)).containsExactly(2, 2, 2);
    assertThat(consensus.get("ODE tau=1000: polarization index")).isLessThan(1e-6);
    // Fig. 3c: users 2 and 3 end preferring the same product
    assertThat(preferred(odeFacts("fig3c-nearby-users"), 3)).containsExactly(1, 2, 2);
  }

  @Test
  @Tag("long")
  void theLargePopulationSplitsOffTheHyperplaneAndAgreesOnIt()
      throws IOException, ScenarioException {
    Map<String, Double> offPlane = odeFacts("fig4a-large");
    Map<String, Double> onPlane = odeFacts("fig4b-hyperplane");

    assertThat(offPlane.get("ODE tau=1000: consensus index")).isLessThan(0.9);
    // Theorem 5: one product for all 100 users, identical states
    assertThat(onPlane.get("ODE tau=1000: consensus index")).isEqualTo(1);
    assertThat(onPlane.get("ODE tau=1000: polarization index")).isLessThan(1e-3);
  }
}
