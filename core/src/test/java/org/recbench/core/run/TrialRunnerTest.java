package org.recbench.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recbench.core.run.TestSpecs.config;
import static org.recbench.core.run.TestSpecs.episodes;
import static org.recbench.core.run.TestSpecs.spec;
import static org.recbench.core.run.TestSpecs.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recbench.core.testplugins.SharedModelBandit;
import org.recbench.core.trial.Checkpoint;
import org.recbench.core.trial.ComponentConfig;
import org.recbench.core.trial.TrialResult;
import org.recbench.core.trial.TrialSpec;

class TrialRunnerTest {

  private final TrialRunner runner = new TrialRunner(TestSpecs.catalog());

  private static ComponentConfig randomMeans(long episodeLength) {
    return config("test.random-means", Map.of("arms", 3L, "episode-length", episodeLength));
  }

  private static final ComponentConfig ROUND_ROBIN = config("test.round-robin", Map.of());
  private static final ComponentConfig UNIFORM = config("test.uniform", Map.of());

  @Test
  void stepBudgetEndsAfterExactlyLengthStepsAcrossEpisodeRestarts() {
    TrialResult result = runner.run(spec(randomMeans(7), UNIFORM,
        List.of("steps", "test.step-indices"), 0, steps(100), 10L, 50L, 100L));

    assertThat(result.ok()).as(result.error()).isTrue();
    assertThat(result.checkpoints()).extracting(Checkpoint::at).containsExactly(10L, 50L, 100L);
    assertThat(result.checkpoints()).extracting(c -> c.metrics().get("steps"))
        .containsExactly(10.0, 50.0, 100.0);
    assertThat(result.checkpoints()).extracting(c -> c.metrics().get("test.step-indices"))
        .containsExactly(10.0, 50.0, 100.0);
  }

  @Test
  void episodeBudgetEndsAfterLengthCompletedEpisodes() {
    TrialResult result = runner.run(spec(randomMeans(7), UNIFORM,
        List.of("steps", "episode-length", "test.step-indices"), 0, episodes(5), 2L, 5L));

    assertThat(result.ok()).as(result.error()).isTrue();
    assertThat(result.checkpoints()).extracting(Checkpoint::at).containsExactly(2L, 5L);
    assertThat(result.checkpoints()).extracting(c -> c.metrics().get("steps"))
        .containsExactly(14.0, 35.0);
    assertThat(result.checkpoints()).extracting(c -> c.metrics().get("episode-length"))
        .containsExactly(7.0, 7.0);
  }

  @Test
  void checkpointValuesFollowTheTrialsMetricOrder() {
    TrialResult result = runner.run(spec(randomMeans(7), UNIFORM,
        List.of("test.step-indices", "steps", "reward"), 0, steps(3), 3L));

    assertThat(result.checkpoints().get(0).metrics().keySet())
        .containsExactly("test.step-indices", "steps", "reward");
  }

  @Test
  void policySeesOnlyTheEnvironmentCapabilitiesItDeclared() {
    TrialResult result = runner.run(spec(randomMeans(0), config("test.policy-snoop", Map.of()),
        List.of(), 0, steps(1), 1L));

    // The environment also provides the oracle, which the policy did not declare.
    assertThat(result.error()).isEqualTo("IllegalStateException: visible [test-arm-means]");
  }

  @Test
  void metricSeesOnlyTheCapabilitiesItDeclared() {
    // Environment offers arm means and the oracle, the policy planning stats, the harness the
    // decision timer; the metric declared only the oracle.
    TrialResult result = runner.run(spec(randomMeans(0), ROUND_ROBIN,
        List.of("test.metric-snoop"), 0, steps(1), 1L));

    assertThat(result.error()).isEqualTo("IllegalStateException: visible [oracle]");
  }

  @Test
  void actIsTimedOnlyWhenAMetricRequiresTheDecisionTimer() {
    ComponentConfig slow = config("test.slow", Map.of());
    TrialResult untimed = runner.run(spec(randomMeans(0), slow,
        List.of("test.max-decision-nanos"), 0, steps(50), 50L));
    TrialResult timed = runner.run(spec(randomMeans(0), slow,
        List.of("test.max-decision-nanos", "decision-time"), 0, steps(50), 50L));

    assertThat(untimed.checkpoints().get(0).metrics().get("test.max-decision-nanos")).isZero();
    assertThat(timed.checkpoints().get(0).metrics().get("test.max-decision-nanos")).isPositive();
    assertThat(timed.checkpoints().get(0).metrics().get("decision-time")).isPositive();
  }

  @Test
  void twoPoliciesOnTheSameSeedFaceTheSameEnvironmentDraws() {
    List<String> metrics = List.of("test.sum-of-means");
    double roundRobinSeed3 = sumOfMeans(spec(randomMeans(0), ROUND_ROBIN, metrics, 3, steps(5), 5L));
    double uniformSeed3 = sumOfMeans(spec(randomMeans(0), UNIFORM, metrics, 3, steps(5), 5L));
    double uniformSeed4 = sumOfMeans(spec(randomMeans(0), UNIFORM, metrics, 4, steps(5), 5L));

    assertThat(uniformSeed3).isEqualTo(roundRobinSeed3);
    assertThat(uniformSeed4).isNotEqualTo(uniformSeed3);
  }

  @Test
  void runningASpecTwiceGivesIdenticalCheckpoints() {
    TrialSpec spec = spec(randomMeans(4), UNIFORM, List.of("reward", "regret"), 9, steps(500),
        100L, 500L);

    assertThat(runner.run(spec).checkpoints()).isEqualTo(runner.run(spec).checkpoints());
  }

  @Test
  void aThrowingPolicyFailsOnlyItsOwnTrialsKeepingTheCheckpointsReached() {
    ComponentConfig flaky = config("test.flaky",
        Map.of("failure-probability", 0.5, "fail-at", 10L));
    List<Integer> expectedFailures = new ArrayList<>();
    List<Integer> failures = new ArrayList<>();
    for (int seed = 0; seed < 16; seed++) {
      TrialSpec spec = spec(randomMeans(0), flaky, List.of("steps"), seed, steps(20), 5L, 20L);
      if (Seeds.policy(spec).nextDouble() < 0.5) {
        expectedFailures.add(seed);
      }
      TrialResult result = runner.run(spec);
      if (!result.ok()) {
        failures.add(seed);
        assertThat(result.error()).isEqualTo("IllegalStateException: unlucky draw");
        assertThat(result.checkpoints()).extracting(Checkpoint::at).containsExactly(5L);
      } else {
        assertThat(result.error()).isNull();
        assertThat(result.checkpoints()).extracting(Checkpoint::at).containsExactly(5L, 20L);
      }
    }
    assertThat(failures).isEqualTo(expectedFailures).isNotEmpty().hasSizeLessThan(16);
  }

  @Test
  void aFactoryConfigurationErrorFailsTheTrialWithItsMessage() {
    ComponentConfig broken = config("test.scripted", Map.of("rewards", new double[0],
        "means", new double[] {0.5}, "episode-lengths", new double[] {1}));
    TrialResult result = runner.run(spec(broken, ROUND_ROBIN, List.of(), 0, steps(1), 1L));

    assertThat(result.status()).isEqualTo(TrialResult.Status.FAILED);
    assertThat(result.error())
        .isEqualTo("ConfigurationException: parameter 'rewards' must not be empty");
    assertThat(result.checkpoints()).isEmpty();
  }

  @Test
  void aStackOverflowInAPolicyFailsTheTrial() {
    TrialResult result = runner.run(spec(randomMeans(0), config("test.bottomless", Map.of()),
        List.of(), 0, steps(1), 1L));

    assertThat(result.error()).isEqualTo("StackOverflowError");
  }

  @Test
  void anUnknownComponentFailsTheTrial() {
    TrialResult result = runner.run(spec(new ComponentConfig("test.nowhere", Map.of(),
        "test.nowhere"), ROUND_ROBIN, List.of(), 0, steps(1), 1L));

    assertThat(result.error())
        .isEqualTo("CatalogException: no environment with id 'test.nowhere' is on the classpath");
  }

  @Test
  void checkpointsThatDoNotEndAtTheBudgetLengthFailTheTrial() {
    TrialResult result = runner.run(spec(randomMeans(0), ROUND_ROBIN, List.of(), 0, steps(10),
        5L));

    assertThat(result.error()).startsWith("IllegalArgumentException: the last checkpoint must "
        + "equal the budget length 10");
  }

  @Test
  void anEnvironmentThatNeverEndsAnEpisodeHitsTheTimeLimit() {
    TrialSpec endless = new TrialSpec("test", randomMeans(0), ROUND_ROBIN,
        TestSpecs.metrics(List.of("steps")), 0, episodes(1), List.of(1L), 100);
    TrialResult result = runner.run(endless);

    assertThat(result.status()).isEqualTo(TrialResult.Status.FAILED);
    assertThat(result.error()).matches("time limit of 0\\.1 s exceeded after [1-9][0-9]* steps");
    assertThat(result.checkpoints()).isEmpty();
  }

  @Test
  void learnIsTimedApartFromActWhenATimingMetricIsSelected() {
    TrialResult result = runner.run(spec(randomMeans(0), config("test.slow-learner", Map.of()),
        List.of("decision-time", "learn-time"), 0, steps(200), 200L));

    assertThat(result.ok()).as(result.error()).isTrue();
    Map<String, Double> values = result.checkpoints().get(0).metrics();
    assertThat(values.get("learn-time")).isGreaterThanOrEqualTo(20.0);
    assertThat(values.get("decision-time")).isLessThan(values.get("learn-time"));
  }

  @Test
  void aVectorMetricIsReadIntoLabelledEntriesAtEveryCheckpoint() {
    TrialResult result = runner.run(spec(randomMeans(0), ROUND_ROBIN,
        List.of("steps", "test.arm-shares"), 0, steps(300), 30L, 300L));

    assertThat(result.ok()).as(result.error()).isTrue();
    Checkpoint last = result.checkpoints().get(1);
    assertThat(last.metrics()).containsOnlyKeys("steps");
    assertThat(last.vectors().get("test.arm-shares").labels())
        .containsExactly("arm-0", "arm-1", "arm-2");
    assertThat(last.vectors().get("test.arm-shares").values())
        .containsExactly(1 / 3.0, 1 / 3.0, 1 / 3.0);
  }

  @Test
  void trialsOfOneRunnerShareTheWorkTheirFactoriesAskTheHarnessFor() {
    int before = SharedModelBandit.BUILDS.get();
    TrialRunner shared = new TrialRunner(TestSpecs.catalog());
    for (int seed = 0; seed < 4; seed++) {
      assertThat(shared.run(spec(config("test.shared-model", Map.of("arms", 3L)), ROUND_ROBIN,
          List.of(), seed, steps(5), 5L)).ok()).isTrue();
    }
    assertThat(SharedModelBandit.BUILDS.get() - before).isEqualTo(1);

    new TrialRunner(TestSpecs.catalog()).run(spec(config("test.shared-model",
        Map.of("arms", 3L)), ROUND_ROBIN, List.of(), 0, steps(5), 5L));
    assertThat(SharedModelBandit.BUILDS.get() - before).isEqualTo(2);
  }

  private double sumOfMeans(TrialSpec spec) {
    TrialResult result = runner.run(spec);
    assertThat(result.ok()).as(result.error()).isTrue();
    return result.checkpoints().get(0).metrics().get("test.sum-of-means");
  }
}
