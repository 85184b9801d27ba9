package org.recbench.sarsop.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.recbench.api.ConfigurationException;
import org.recbench.api.StandardCapabilities;
import org.recbench.protocol.pomdp.FinitePomdp;
import org.recbench.protocol.session.Reaction;
import org.recbench.protocol.session.Recommendation;
import org.recbench.protocol.session.SessionObservation;
import org.recbench.sarsop.solve.SolveStats;
import org.recbench.sarsop.testing.Fixture;
import org.recbench.sarsop.testing.Models;

class AlphaVectorPolicyTest {

  private final Fixture fixture = Fixture.named("churn_U2_A2_s1");
  private final FinitePomdp model = fixture.model(0.999);
  private final AlphaVectors vectors = PolicyFileReader.read(fixture.file("policy"));

  @Test
  void likeUpdatesTheBeliefByBayesRuleOverTypes() {
    AlphaVectorPolicy policy = AlphaVectorPolicy.of(model, vectors, "p", Optional.empty());
    double[] q = fixture.prior();
    double[][] p = fixture.like();
    SessionObservation start = new SessionObservation(2, 0);

    Recommendation first = policy.act(start);
    policy.learn(start, first, Reaction.LIKE);

    int a = first.category();
    double norm = q[0] * p[0][a] + q[1] * p[1][a];
    assertThat(policy.belief()).containsExactly(
        new double[] {q[0] * p[0][a] / norm, q[1] * p[1][a] / norm, 0}, within(1e-15));
  }

  @Test
  void actionsFollowTheBestAlphaVectorAsTheBeliefMoves() {
    AlphaVectorPolicy policy = AlphaVectorPolicy.of(model, vectors, "p", Optional.empty());
    int likes = 0;
    for (int step = 0; step < 20; step++) {
      SessionObservation observation = new SessionObservation(2, likes++);
      double[] belief = policy.belief();
      Recommendation action = policy.act(observation);
      assertThat(action.category()).isEqualTo(vectors.action(vectors.best(belief)));
      policy.learn(observation, action, Reaction.LIKE);
    }
    // after many likes of c0 the type with P = 0.99 dominates, whose best vector plays c0
    assertThat(policy.belief()[1]).isGreaterThan(0.5);
    assertThat(policy.act(new SessionObservation(2, likes)).category()).isZero();
  }

  @Test
  void dislikeMovesTheBeliefToChurnedAndANewSessionStartsFromB0() {
    AlphaVectorPolicy policy = AlphaVectorPolicy.of(model, vectors, "p", Optional.empty());
    SessionObservation start = new SessionObservation(2, 0);
    policy.learn(start, policy.act(start), Reaction.LIKE);
    SessionObservation second = new SessionObservation(2, 1);
    policy.learn(second, policy.act(second), Reaction.DISLIKE);

    assertThat(policy.belief()).containsExactly(0, 0, 1);

    policy.startEpisode();

    assertThat(policy.belief()).containsExactly(model.initialBelief());
    assertThat(policy.value()).isCloseTo(fixture.policyValue(), within(1e-6));
  }

  @Test
  void feedbackMapsToObservationsByNameNotByPosition() {
    FinitePomdp swapped = swapObservations(model);
    AlphaVectorPolicy policy = AlphaVectorPolicy.of(swapped, vectors, "p", Optional.empty());
    SessionObservation start = new SessionObservation(2, 0);

    policy.learn(start, policy.act(start), Reaction.DISLIKE);

    assertThat(policy.belief()).containsExactly(0, 0, 1);
  }

  @Test
  void vectorLengthDifferentFromTheStateCountIsAConfigurationError() {
    FinitePomdp bigger = Fixture.named("churn_U3_A3_s2").model(0.999);

    assertThatThrownBy(() -> AlphaVectorPolicy.of(bigger, vectors, "two.policy", Optional.empty()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("two.policy")
        .hasMessageContaining("vectorLength is 3 but the environment's POMDP has 4 states");
  }

  @Test
  void actionOutsideTheModelIsAConfigurationError() {
    AlphaVectors fiveActions = PolicyFileReader.read(Fixture.named("churn_U3_A5_s4").file("policy"));
    FinitePomdp threeActions = Fixture.named("churn_U3_A3_s2").model(0.999);

    assertThatThrownBy(() -> AlphaVectorPolicy.of(threeActions, fiveActions, "five.policy",
        Optional.empty()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("five.policy: <Vector> 3 has action 3");
  }

  @Test
  void modelWithoutLikeAndDislikeObservationsIsAConfigurationError() {
    FinitePomdp renamed = new FinitePomdp(model.states(), model.actions(), List.of("yes", "no"),
        Models.transitions(model), Models.observations(model), Models.rewards(model),
        model.initialBelief(), 0.999);

    assertThatThrownBy(() -> AlphaVectorPolicy.of(renamed, vectors, "p", Optional.empty()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("[yes, no]")
        .hasMessageContaining("'like' and 'dislike'");
  }

  @Test
  void planningStatsAreExposedOnlyWhenGiven() {
    AlphaVectorPolicy plain = AlphaVectorPolicy.of(model, vectors, "p", Optional.empty());
    AlphaVectorPolicy solved = AlphaVectorPolicy.of(model, vectors, "p",
        Optional.of(new SolveStats(12.5, 0)));

    assertThat(plain.capability(StandardCapabilities.PLANNING_STATS)).isEmpty();
    assertThat(solved.capability(StandardCapabilities.PLANNING_STATS))
        .hasValueSatisfying(s -> assertThat(s.planningMillis()).isEqualTo(12.5));
  }

  private static FinitePomdp swapObservations(FinitePomdp m) {
    double[][][] o = Models.observations(m);
    for (double[][] byState : o) {
      for (double[] row : byState) {
        double first = row[0];
        row[0] = row[1];
        row[1] = first;
      }
    }
    return new FinitePomdp(m.states(), m.actions(), List.of("dislike", "like"),
        Models.transitions(m), o, Models.rewards(m), m.initialBelief(), m.discount());
  }
}
