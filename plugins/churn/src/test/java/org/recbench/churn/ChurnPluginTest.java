package org.recbench.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.recbench.api.Capabilities;
import org.recbench.api.ComponentType;
import org.recbench.api.Plugin;
import org.recbench.api.Policy;
import org.recbench.protocol.session.ChurnModel;
import org.recbench.protocol.session.Reaction;
import org.recbench.protocol.session.Recommendation;
import org.recbench.protocol.session.SessionObservation;
import org.recbench.protocol.session.SessionProtocol;
import org.recbench.churn.model.ChurnInstance;
import org.recbench.churn.model.SyntheticInstances;
import org.recbench.core.trial.TrialSpec;
import org.recbench.testkit.TrialOutcome;

class ChurnPluginTest {

  private static Plugin plugin() {
    return ServiceLoader.load(Plugin.class).stream().map(ServiceLoader.Provider::get)
        .filter(p -> p.name().equals("churn")).findFirst().orElseThrow();
  }

  private static Map<String, Object> matrix(ChurnModel model) {
    return Map.of("prior", model.priorVector(), "like", model.likeMatrix());
  }

  /** Policy {@code id} for {@code model}, with the parameters a trial of it gets. */
  @SuppressWarnings("unchecked")
  private static Policy<SessionObservation, Recommendation, Reaction> policy(String id,
      ChurnModel model) {
    TrialSpec spec = ScriptedSessions.KIT.trial("churn.matrix", id).environmentParams(matrix(model))
        .plan().get(0);
    return (Policy<SessionObservation, Recommendation, Reaction>) ScriptedSessions.KIT.catalog()
        .policy(id).factory().create(spec.policy().toParams(), new SplittableRandom(1),
            Capabilities.of(Map.of(SessionProtocol.CHURN_MODEL.id(), model)));
  }

  /** One session of {@code id} on {@code model} through the harness. */
  private static TrialOutcome session(String id, ChurnModel model, Map<String, Object> params) {
    return ScriptedSessions.KIT.trial("churn.matrix", id).environmentParams(matrix(model))
        .policyParams(params).episodes(1).runOne();
  }

  @Test
  void pluginIsFoundByServiceLoaderWithItsComponents() {
    Plugin churn = plugin();
    assertThat(churn.environments()).extracting(ComponentType::id)
        .containsExactly("churn.synthetic", "churn.matrix", "churn.movielens");
    assertThat(churn.policies()).extracting(ComponentType::id)
        .containsExactly("churn.bnb", "churn.dp", "churn.pbvi");
    assertThat(churn.metrics()).extracting(ComponentType::id).containsExactly(
        "churn.belief-entropy", "churn.belief-max", "churn.optimality-gap",
        "churn.policy-value");
    for (ComponentType<?> belief : churn.metrics().subList(0, 2)) {
      assertThat(belief.descriptor().parameter("round")).as(belief.id())
          .hasValueSatisfying(round -> assertThat(round.required()).isFalse());
    }
    Stream.concat(churn.environments().stream(), churn.policies().stream())
        .forEach(type -> assertThat(type.descriptor().description()).isNotBlank());
  }

  @Test
  void everyPlannerReachesTheOptimumOnTheFixturesAndReportsItsPlanningCost() {
    for (SarsopFixture fixture : SarsopFixture.all()) {
      for (String id : List.of("churn.bnb", "churn.dp", "churn.pbvi")) {
        double value = SessionPolicies.value(ChurnInstance.of(fixture.model()),
            policy(id, fixture.model()));
        double tolerance = id.equals("churn.pbvi") ? 0.02 * fixture.exactUndiscounted() : 1e-6;
        assertThat(value).as(id + " on " + fixture.name())
            .isCloseTo(fixture.exactUndiscounted(), within(tolerance))
            .isLessThanOrEqualTo(fixture.exactUndiscounted() + 1e-9);
        TrialOutcome run = ScriptedSessions.KIT.trial("churn.matrix", id)
            .environmentParams(matrix(fixture.model()))
            .metric("nodes-expanded").metric("planning-time").episodes(1).runOne();
        assertThat(run.last("nodes-expanded")).as(id + " on " + fixture.name()).isPositive();
        assertThat(run.last("planning-time")).as(id + " on " + fixture.name()).isNotNegative();
      }
    }
  }

  @Test
  void dpFailsItsTrialWithMoreCategoriesThanItSupports() {
    ChurnModel wide = SyntheticInstances.generate(2, 9, new SplittableRandom(1));
    TrialOutcome tooWide = session("churn.dp", wide, Map.of());
    assertThat(tooWide.ok()).isFalse();
    assertThat(tooWide.error()).contains("ConfigurationException", "at most 8 categories");
    ChurnModel eight = SyntheticInstances.generate(2, 8, new SplittableRandom(1));
    TrialOutcome tooDeep = session("churn.dp", eight, Map.of("horizon", 256));
    assertThat(tooDeep.ok()).isFalse();
    assertThat(tooDeep.error()).contains("ConfigurationException", "at most 255");
  }

  @Test
  void pbviFailsItsTrialWithAGridTooLargeForTheTypeCount() {
    ChurnModel many = SyntheticInstances.generate(16, 2, new SplittableRandom(1));
    TrialOutcome run = session("churn.pbvi", many, Map.of());
    assertThat(run.ok()).isFalse();
    assertThat(run.error()).contains("ConfigurationException", "lower 'resolution'");
  }
}
