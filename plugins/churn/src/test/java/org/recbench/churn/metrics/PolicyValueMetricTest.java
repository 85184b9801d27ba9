package org.recbench.churn.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.recbench.api.Capabilities;
import org.recbench.api.Policy;
import org.recbench.churn.ScriptedSessions;
import org.recbench.churn.SessionPolicies;
import org.recbench.churn.TestInstances;
import org.recbench.churn.model.ChurnInstance;
import org.recbench.core.trial.ComponentConfig;
import org.recbench.core.trial.TrialSpec;
import org.recbench.protocol.session.ChurnModel;
import org.recbench.protocol.session.Reaction;
import org.recbench.protocol.session.Recommendation;
import org.recbench.protocol.session.SessionObservation;
import org.recbench.protocol.session.SessionProtocol;
import org.recbench.testkit.TrialBuilder;
import org.recbench.testkit.TrialOutcome;

/**
 * {@code churn.policy-value} against brute force: the played sequence unrolled by feeding likes
 * to a fresh instance of the policy ({@link SessionPolicies#value}), independent of the policy's
 * {@code like-sequence}.
 */
class PolicyValueMetricTest {

  private static final List<String> SEQUENCE_POLICIES = List.of("churn.bnb", "churn.dp",
      "churn.pbvi", "baseline.myopic", "baseline.best-fixed");

  private static TrialBuilder trial(ChurnModel model, String policy) {
    return ScriptedSessions.KIT.trial("churn.matrix", policy)
        .environmentParams(Map.of("prior", model.priorVector(), "like", model.likeMatrix()))
        .metric(PolicyValueMetric.ID).metric("planned-value").episodes(1);
  }

  /** The policy a trial of {@code policy} on {@code model} plays, created by its factory. */
  @SuppressWarnings("unchecked")
  private static Policy<SessionObservation, Recommendation, Reaction> created(ChurnModel model,
      String policy) {
    TrialSpec spec = trial(model, policy).plan().get(0);
    return (Policy<SessionObservation, Recommendation, Reaction>) ScriptedSessions.KIT.catalog()
        .policy(policy).factory().create(spec.policy().toParams(), new SplittableRandom(1),
            Capabilities.of(Map.of(SessionProtocol.CHURN_MODEL.id(), model)));
  }

  @Test
  void policyValueEqualsBruteForceEvaluationOfThePlayedSequenceOnSmallInstances() {
    for (ChurnInstance instance : TestInstances.random(12, 4, 3, 515)) {
      ChurnModel model = instance.model();
      for (String policy : SEQUENCE_POLICIES) {
        TrialOutcome run = trial(model, policy).runOne();
        assertThat(run.ok()).as(run.error()).isTrue();
        double brute = SessionPolicies.value(instance, created(model, policy));
        assertThat(run.last(PolicyValueMetric.ID)).as(policy + " on " + model)
            .isCloseTo(brute, within(1e-9));
      }
    }
  }

  @Test
  void forBranchAndBoundThePolicyValueIsItsPlannedValue() {
    for (ChurnInstance instance : TestInstances.random(20, 5, 4, 516)) {
      TrialOutcome run = trial(instance.model(), "churn.bnb").runOne();
      assertThat(run.last(PolicyValueMetric.ID)).isCloseTo(run.last("planned-value"),
          within(1e-12));
    }
  }

  @Test
  void policiesThatDoNotPlayAFixedSequenceGetNoPolicyValue() {
    ChurnModel model = TestInstances.myopicTrap();
    for (String policy : List.of("baseline.random", "test.sequence")) {
      TrialSpec spec = trial(model, policy).plan().get(0);
      assertThat(spec.metrics()).extracting(ComponentConfig::label)
          .doesNotContain(PolicyValueMetric.ID);
    }
  }
}
