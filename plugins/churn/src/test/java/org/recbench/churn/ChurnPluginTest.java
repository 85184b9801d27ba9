package org.recbench.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.recbench.api.Capabilities;
import org.recbench.api.ComponentType;
import org.recbench.api.ConfigurationException;
import org.recbench.api.ParamSpec;
import org.recbench.api.Params;
import org.recbench.api.PlanningStats;
import org.recbench.api.Plugin;
import org.recbench.api.Policy;
import org.recbench.api.StandardCapabilities;
import org.recbench.protocol.session.ChurnModel;
import org.recbench.protocol.session.Reaction;
import org.recbench.protocol.session.Recommendation;
import org.recbench.protocol.session.SessionObservation;
import org.recbench.protocol.session.SessionProtocol;
import org.recbench.churn.model.ChurnInstance;
import org.recbench.churn.model.SyntheticInstances;

class ChurnPluginTest {

  private static Plugin plugin() {
    return ServiceLoader.load(Plugin.class).stream().map(ServiceLoader.Provider::get)
        .filter(p -> p.name().equals("churn")).findFirst().orElseThrow();
  }

  /** The declared defaults, as a factory receives them. */
  private static Params defaults(ComponentType<?> type, Map<String, Object> overrides) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (ParamSpec spec : type.descriptor().parameters()) {
      if (spec.defaultValue() != null) {
        values.put(spec.name(), spec.defaultValue());
      }
    }
    values.putAll(overrides);
    return Params.of(values);
  }

  @SuppressWarnings("unchecked")
  private static Policy<SessionObservation, Recommendation, Reaction> policy(String id,
      ChurnModel model, Map<String, Object> params) {
    ComponentType<Policy<?, ?, ?>> type = plugin().policies().stream()
        .filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    return (Policy<SessionObservation, Recommendation, Reaction>) type.factory().create(
        defaults(type, params), new SplittableRandom(1),
        Capabilities.of(Map.of(SessionProtocol.CHURN_MODEL.id(), model)));
  }

  @Test
  void pluginIsFoundByServiceLoaderWithItsComponents() {
    Plugin churn = plugin();
    assertThat(churn.environments()).extracting(ComponentType::id)
        .containsExactly("churn.synthetic", "churn.matrix", "churn.movielens");
    assertThat(churn.policies()).extracting(ComponentType::id)
        .containsExactly("churn.bnb", "churn.dp", "churn.pbvi");
    List<String> metrics = new ArrayList<>();
    for (String measure : List.of("churn.belief-entropy", "churn.belief-max")) {
      metrics.add(measure);
      List.of(1, 2, 3, 5, 10, 20, 50, 100).forEach(r -> metrics.add(measure + "-at-round-" + r));
    }
    metrics.add("churn.optimality-gap");
    assertThat(churn.metrics()).extracting(ComponentType::id).containsExactlyElementsOf(metrics);
    Stream.concat(churn.environments().stream(), churn.policies().stream())
        .forEach(type -> assertThat(type.descriptor().description()).isNotBlank());
  }

  @Test
  void everyPlannerReachesTheOptimumOnTheFixturesAndReportsItsPlanningCost() {
    for (SarsopFixture fixture : SarsopFixture.all()) {
      for (String id : List.of("churn.bnb", "churn.dp", "churn.pbvi")) {
        Policy<SessionObservation, Recommendation, Reaction> policy =
            policy(id, fixture.model(), Map.of());
        double value = SessionPolicies.value(ChurnInstance.of(fixture.model()), policy);
        double tolerance = id.equals("churn.pbvi") ? 0.02 * fixture.exactUndiscounted() : 1e-6;
        assertThat(value).as(id + " on " + fixture.name())
            .isCloseTo(fixture.exactUndiscounted(), within(tolerance))
            .isLessThanOrEqualTo(fixture.exactUndiscounted() + 1e-9);
        PlanningStats stats = policy.capability(StandardCapabilities.PLANNING_STATS).orElseThrow();
        assertThat(stats.nodesExpanded()).isPositive();
        assertThat(stats.planningMillis()).isNotNegative();
      }
    }
  }

  @Test
  void dpRejectsMoreCategoriesThanItSupports() {
    ChurnModel wide = SyntheticInstances.generate(2, 9, new SplittableRandom(1));
    assertThatThrownBy(() -> policy("churn.dp", wide, Map.of()))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("at most 8 categories");
    ChurnModel eight = SyntheticInstances.generate(2, 8, new SplittableRandom(1));
    assertThatThrownBy(() -> policy("churn.dp", eight, Map.of("horizon", 256L)))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("at most 255");
  }

  @Test
  void pbviRejectsAGridTooLargeForTheTypeCount() {
    ChurnModel many = SyntheticInstances.generate(16, 2, new SplittableRandom(1));
    assertThatThrownBy(() -> policy("churn.pbvi", many, Map.of()))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("lower 'resolution'");
  }
}
