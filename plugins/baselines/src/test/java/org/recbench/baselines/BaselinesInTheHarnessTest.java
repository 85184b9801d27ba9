package org.recbench.baselines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recbench.testkit.PluginTestKit;
import org.recbench.testkit.TrialBuilder;
import org.recbench.testkit.TrialOutcome;

/**
 * The baselines run through the harness (test kit) on the {@link TestSessions} environments:
 * their mean likes per session against closed forms, and their pairing by requirements.
 */
class BaselinesInTheHarnessTest {

  private static final PluginTestKit KIT =
      PluginTestKit.of(new BaselinesPlugin(), new TestSessions.TestPlugin());
  private static final double[] PRIOR = {0.3, 0.7};
  private static final double[][] LIKE = {{0.9, 0.5, 0.2}, {0.1, 0.4, 0.6}};
  private static final int SESSIONS = 20_000;

  private static TrialBuilder sessions(String environment, String policy) {
    return KIT.trial(environment, policy)
        .environmentParams(Map.of("prior", PRIOR, "like", LIKE))
        .metric("mean-episode-reward").episodes(SESSIONS);
  }

  /**
   * Asserts that the mean likes per session lie within 5 standard errors of their expectation
   * when a user of type u likes every recommendation with probability {@code p[u]}: the likes
   * of a session are then geometric, with mean p/(1 − p) and variance p/(1 − p)².
   */
  private static void assertMeanLikes(TrialOutcome run, double[] p) {
    double mean = 0;
    double square = 0;
    for (int u = 0; u < PRIOR.length; u++) {
      double m = p[u] / (1 - p[u]);
      mean += PRIOR[u] * m;
      square += PRIOR[u] * (p[u] / ((1 - p[u]) * (1 - p[u])) + m * m);
    }
    double standardError = Math.sqrt((square - mean * mean) / SESSIONS);
    assertThat(run.ok()).as(run.error()).isTrue();
    assertThat(run.last("mean-episode-reward")).isCloseTo(mean, within(5 * standardError));
  }

  @Test
  void bestFixedEarnsTheClosedFormValueOfItsCategoryPerSession() {
    TrialOutcome run = sessions("test.sessions", "baseline.best-fixed").runOne();
    // category 0, of value 0.3 * 9 + 0.7 / 9 = 2.778 (BaselinesTest)
    assertMeanLikes(run, new double[] {LIKE[0][0], LIKE[1][0]});
  }

  @Test
  void randomEarnsTheValueOfTheAverageLikeProbabilityOfEachType() {
    TrialOutcome run = sessions("test.anonymous-sessions", "baseline.random").runOne();
    assertMeanLikes(run, new double[] {(0.9 + 0.5 + 0.2) / 3, (0.1 + 0.4 + 0.6) / 3});
  }

  @Test
  void modelBasedBaselinesAreSkippedWhereTheModelIsHidden() {
    for (String policy : new String[] {"baseline.myopic", "baseline.best-fixed"}) {
      assertThatThrownBy(() -> sessions("test.anonymous-sessions", policy).plan())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(policy + " needs capability churn-model");
    }
  }
}
