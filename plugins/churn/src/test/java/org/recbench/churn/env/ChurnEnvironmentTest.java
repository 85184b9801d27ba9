package org.recbench.churn.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.recbench.api.Outcome;
import org.recbench.api.pomdp.FinitePomdp;
import org.recbench.api.session.ChurnModel;
import org.recbench.api.session.Reaction;
import org.recbench.api.session.Recommendation;
import org.recbench.api.session.SessionObservation;
import org.recbench.api.session.SessionProtocol;
import org.recbench.churn.SessionRunner;
import org.recbench.churn.model.ChurnInstance;
import org.recbench.churn.plan.Plan;
import org.recbench.churn.plan.PlanPolicy;
import org.recbench.churn.plan.PlanningCost;

class ChurnEnvironmentTest {

  private static final ChurnModel MODEL = new ChurnModel(new double[] {0.2, 0.5, 0.3},
      new double[][] {{0.9, 0.3, 0.6}, {0.2, 0.8, 0.5}, {0.6, 0.6, 0.1}});

  @Test
  void analyticValueOfASequenceMatchesTheMonteCarloMeanOfSimulatedSessions() {
    ChurnInstance instance = ChurnInstance.of(MODEL);
    int[] prefix = {2, 0, 1, 1};
    int tail = 0;
    double analytic = instance.sequenceValue(prefix, tail);
    PlanPolicy policy = new PlanPolicy(new Plan(prefix, tail, analytic, analytic, 0),
        new PlanningCost(0, 0));
    int[] likes = SessionRunner.run(new ChurnEnvironment(MODEL, new SplittableRandom(11)), policy,
        40_000, 10_000, List.of());
    double halfWidth99 = 2.576 * SessionRunner.standardError(likes);
    assertThat(SessionRunner.mean(likes)).isCloseTo(analytic, within(halfWidth99));
    assertThat(halfWidth99).isLessThan(0.1);
  }

  @Test
  void sessionTypesFollowThePrior() {
    ChurnEnvironment environment = new ChurnEnvironment(MODEL, new SplittableRandom(3));
    int sessions = 30_000;
    int[] counts = new int[3];
    for (int i = 0; i < sessions; i++) {
      environment.reset();
      counts[environment.hiddenType()]++;
    }
    for (int u = 0; u < 3; u++) {
      double p = MODEL.prior(u);
      double sd = Math.sqrt(p * (1 - p) / sessions);
      assertThat(counts[u] / (double) sessions).isCloseTo(p, within(4 * sd));
    }
  }

  @Test
  void aLikeRewardsOneAndContinuesWhileADislikeRewardsZeroAndEndsTheSession() {
    ChurnModel certain = new ChurnModel(new double[] {1.0}, new double[][] {{0.999999999, 0.0}});
    ChurnEnvironment environment = new ChurnEnvironment(certain, new SplittableRandom(1));
    SessionObservation first = environment.reset();
    assertThat(first).isEqualTo(new SessionObservation(2, 0));
    Outcome<SessionObservation, Reaction> like = environment.step(Recommendation.of(0));
    assertThat(like.feedback()).isEqualTo(Reaction.LIKE);
    assertThat(like.reward()).isEqualTo(1.0);
    assertThat(like.episodeOver()).isFalse();
    assertThat(like.next()).isEqualTo(new SessionObservation(2, 1));
    Outcome<SessionObservation, Reaction> dislike = environment.step(Recommendation.of(1));
    assertThat(dislike.feedback()).isEqualTo(Reaction.DISLIKE);
    assertThat(dislike.reward()).isZero();
    assertThat(dislike.episodeOver()).isTrue();
  }

  @Test
  void sessionsAreTheSameUnderEveryPolicyOnTheSameStream() {
    ChurnEnvironment first = new ChurnEnvironment(MODEL, new SplittableRandom(21));
    ChurnEnvironment second = new ChurnEnvironment(MODEL, new SplittableRandom(21));
    for (int session = 0; session < 200; session++) {
      first.reset();
      second.reset();
      assertThat(first.hiddenType()).isEqualTo(second.hiddenType());
      int steps = 0;
      while (!first.step(Recommendation.of(steps++ % 3)).episodeOver()) {
        assertThat(steps).isLessThan(10_000);
      }
      steps = 0;
      while (!second.step(Recommendation.of(0)).episodeOver()) {
        assertThat(steps++).isLessThan(10_000);
      }
    }
  }

  @Test
  void environmentExposesItsModelAndItsPomdpView() {
    ChurnEnvironment environment = new ChurnEnvironment(MODEL, new SplittableRandom(1));
    assertThat(environment.capability(SessionProtocol.CHURN_MODEL)).contains(MODEL);
    FinitePomdp pomdp = environment.capability(FinitePomdp.CAPABILITY).orElseThrow();
    assertThat(pomdp.states()).containsExactly("t0", "t1", "t2", "churned");
    assertThat(pomdp.transition(1, 1, 1)).isEqualTo(0.8);
  }

  @Test
  void anUnknownCategoryIsRejected() {
    ChurnEnvironment environment = new ChurnEnvironment(MODEL, new SplittableRandom(1));
    environment.reset();
    assertThatThrownBy(() -> environment.step(Recommendation.of(3)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 categories");
  }
}
