package org.recbench.baselines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.recbench.api.Capabilities;
import org.recbench.api.ComponentType;
import org.recbench.api.Params;
import org.recbench.api.Plugin;
import org.recbench.api.Policy;
import org.recbench.protocol.assortment.AssortmentProtocol;
import org.recbench.protocol.session.ChurnModel;
import org.recbench.protocol.session.LikeSequence;
import org.recbench.protocol.session.Reaction;
import org.recbench.protocol.session.Recommendation;
import org.recbench.protocol.session.SessionObservation;
import org.recbench.protocol.session.SessionProtocol;

class BaselinesTest {

  private static final ChurnModel MODEL = new ChurnModel(new double[] {0.3, 0.7},
      new double[][] {{0.9, 0.5, 0.2}, {0.1, 0.4, 0.6}});

  @Test
  void bestFixedValueMatchesTheSumOfItsGeometricSeries() {
    for (int a = 0; a < MODEL.categories(); a++) {
      double series = 0;
      for (int u = 0; u < MODEL.types(); u++) {
        double survive = 1;
        for (int t = 1; t < 5000; t++) {
          survive *= MODEL.like(u, a);
          series += MODEL.prior(u) * survive;
        }
      }
      assertThat(BestFixedPolicy.fixedValue(MODEL, a)).isCloseTo(series, within(1e-12));
    }
  }

  @Test
  void bestFixedRecommendsTheCategoryOfLargestClosedFormValue() {
    // Values: a0 = 0.3*9 + 0.7/9 = 2.778, a1 = 0.3*1 + 0.7*2/3 = 0.767, a2 = 0.3/4 + 0.7*1.5 = 1.125.
    BestFixedPolicy policy = (BestFixedPolicy) create(BestFixedPolicy.type(), MODEL);
    for (int likes = 0; likes < 5; likes++) {
      assertThat(policy.act(new SessionObservation(3, likes))).isEqualTo(Recommendation.of(0));
    }
  }

  @Test
  void theSequenceMyopicAndBestFixedProvideIsWhatTheyPlayWhileTheUserKeepsLiking() {
    ChurnModel model = new ChurnModel(new double[] {0.2, 0.5, 0.3},
        new double[][] {{0.9, 0.3, 0.5}, {0.2, 0.8, 0.4}, {0.6, 0.6, 0.7}});
    for (ComponentType<Policy<?, ?, ?>> type : List.of(MyopicPolicy.type(),
        BestFixedPolicy.type())) {
      assertThat(type.descriptor().provides()).contains(SessionProtocol.LIKE_SEQUENCE);
      @SuppressWarnings("unchecked")
      var policy = (Policy<SessionObservation, Recommendation, Reaction>) create(type, model);
      LikeSequence.Cursor cursor = policy.capability(SessionProtocol.LIKE_SEQUENCE).orElseThrow()
          .start();
      policy.startEpisode();
      for (int likes = 0; likes < 200; likes++) {
        SessionObservation observation = new SessionObservation(3, likes);
        Recommendation action = policy.act(observation);
        assertThat(cursor.next()).as(type.id() + " after " + likes + " likes")
            .isEqualTo(action.category());
        policy.learn(observation, action, Reaction.LIKE);
      }
      assertThat(cursor.repeatsLast()).as(type.id())
          .isEqualTo(type.id().equals(BestFixedPolicy.ID));
    }
  }

  @Test
  void myopicMaximisesTheLikeProbabilityUnderItsUpdatedBelief() {
    MyopicPolicy policy = (MyopicPolicy) create(MyopicPolicy.type(), MODEL);
    policy.startEpisode();
    // Prior like probabilities: a0 = 0.34, a1 = 0.43, a2 = 0.48.
    SessionObservation start = new SessionObservation(3, 0);
    assertThat(policy.act(start)).isEqualTo(Recommendation.of(2));
    // After a like of a0 the belief is (0.27, 0.07)/0.34: a0 = (0.243 + 0.007)/0.34 is best.
    policy.learn(start, Recommendation.of(0), Reaction.LIKE);
    assertThat(policy.act(new SessionObservation(3, 1))).isEqualTo(Recommendation.of(0));
    policy.startEpisode();
    assertThat(policy.act(start)).isEqualTo(Recommendation.of(2));
  }

  @Test
  void myopicIgnoresADislike() {
    MyopicPolicy policy = new MyopicPolicy(MODEL);
    policy.startEpisode();
    SessionObservation start = new SessionObservation(3, 0);
    policy.learn(start, Recommendation.of(0), Reaction.DISLIKE);
    assertThat(policy.act(start)).isEqualTo(Recommendation.of(2));
  }

  @Test
  void randomRecommendsEveryCategoryUniformly() {
    Policy<SessionObservation, Recommendation, Reaction> policy =
        new RandomPolicy(new SplittableRandom(5));
    int draws = 60_000;
    int[] counts = new int[4];
    for (int i = 0; i < draws; i++) {
      counts[policy.act(new SessionObservation(4, 0)).category()]++;
    }
    double sd = Math.sqrt(draws * 0.25 * 0.75);
    for (int count : counts) {
      assertThat((double) count).isCloseTo(draws / 4.0, within(4 * sd));
    }
  }

  @Test
  void pluginListsTheFourBaselinesWithTheirRequirementsAndProtocols() {
    Plugin plugin = ServiceLoader.load(Plugin.class).stream().map(ServiceLoader.Provider::get)
        .filter(p -> p.name().equals("baselines")).findFirst().orElseThrow();
    assertThat(plugin.policies()).extracting(ComponentType::id)
        .containsExactly("baseline.myopic", "baseline.best-fixed", "baseline.random",
            "baseline.random-assortment");
    assertThat(plugin.policies().get(0).descriptor().requires())
        .containsExactly(SessionProtocol.CHURN_MODEL);
    assertThat(plugin.policies().get(2).descriptor().requires()).isEmpty();
    assertThat(plugin.policies().subList(0, 3)).allSatisfy(type ->
        assertThat(type.descriptor().protocol()).isEqualTo(SessionProtocol.PROTOCOL));
    assertThat(plugin.policies().get(3).descriptor().protocol())
        .isEqualTo(AssortmentProtocol.PROTOCOL);
    assertThat(plugin.policies().get(3).descriptor().requires()).isEmpty();
  }

  private static Policy<?, ?, ?> create(ComponentType<Policy<?, ?, ?>> type, ChurnModel model) {
    return type.factory().create(Params.empty(), new SplittableRandom(1),
        Capabilities.of(Map.of(SessionProtocol.CHURN_MODEL.id(), model)));
  }
}
