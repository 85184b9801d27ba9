package org.recbench.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.recbench.core.run.TestSpecs.config;
import static org.recbench.core.run.TestSpecs.episodes;
import static org.recbench.core.run.TestSpecs.spec;
import static org.recbench.core.run.TestSpecs.steps;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recbench.core.run.TestSpecs;
import org.recbench.core.run.TrialRunner;
import org.recbench.core.trial.Budget;
import org.recbench.core.trial.Checkpoint;
import org.recbench.core.trial.ComponentConfig;
import org.recbench.core.trial.TrialResult;

/**
 * Every generic metric against values computed by hand on a scripted trial.
 *
 * <p>The environment pays r_t = [1, 0, 2][t mod 3] at trial step t, its episodes last 1, 3, 1,
 * 3... steps, and its arm means are (0.2, 0.5, 0.9). The round-robin policy pulls arms 0, 1, 2,
 * 0, 1, 2, so the per-step expected regret is 0.7, 0.4, 0, 0.7, 0.4, 0; it reports 1.5 ms of
 * planning per started episode and 7 nodes per decision. Over 6 steps:
 *
 * <pre>
 * t        0 | 1  2  3 | 4 | 5 (episode 3, cut by the budget)
 * reward   1 | 0  2  1 | 0 | 2
 * arm      0 | 1  2  0 | 1 | 2
 * </pre>
 */
class GenericMetricsTest {

  private static final List<String> ALL = List.of("reward", "mean-episode-reward", "regret",
      "steps", "episode-length", "planning-time", "nodes-expanded");

  private static final ComponentConfig SCRIPTED = config("test.scripted", Map.of(
      "rewards", new double[] {1, 0, 2},
      "means", new double[] {0.2, 0.5, 0.9},
      "episode-lengths", new double[] {1, 3}));

  private final TrialRunner runner = new TrialRunner(TestSpecs.catalog());

  @Test
  void stepBudgetValuesMatchHandComputation() {
    List<Checkpoint> checkpoints = run(steps(6), 3L, 6L);

    // After t = 0..2: episode 0 (reward 1, length 1) completed, episode 1 running; 2 started.
    assertValues(checkpoints.get(0), Map.of("reward", 3.0, "mean-episode-reward", 1.0,
        "regret", 1.1, "steps", 3.0, "episode-length", 1.0, "planning-time", 3.0,
        "nodes-expanded", 21.0));
    // After t = 0..5: episodes of rewards 1, 3, 0 and lengths 1, 3, 1 completed; 4 started.
    assertValues(checkpoints.get(1), Map.of("reward", 6.0, "mean-episode-reward", 4.0 / 3,
        "regret", 2.2, "steps", 6.0, "episode-length", 5.0 / 3, "planning-time", 6.0,
        "nodes-expanded", 42.0));
  }

  @Test
  void episodeBudgetValuesMatchHandComputation() {
    List<Checkpoint> checkpoints = run(episodes(3), 1L, 3L);

    assertValues(checkpoints.get(0), Map.of("reward", 1.0, "mean-episode-reward", 1.0,
        "regret", 0.7, "steps", 1.0, "episode-length", 1.0, "planning-time", 1.5,
        "nodes-expanded", 7.0));
    assertValues(checkpoints.get(1), Map.of("reward", 4.0, "mean-episode-reward", 4.0 / 3,
        "regret", 2.2, "steps", 5.0, "episode-length", 5.0 / 3, "planning-time", 4.5,
        "nodes-expanded", 35.0));
  }

  @Test
  void episodeMeansAreNaNBeforeTheFirstCompletedEpisode() {
    ComponentConfig longEpisodes = config("test.scripted", Map.of(
        "rewards", new double[] {1}, "means", new double[] {1, 1, 1},
        "episode-lengths", new double[] {10}));
    TrialResult result = runner.run(spec(longEpisodes, config("test.round-robin", Map.of()),
        List.of("mean-episode-reward", "episode-length", "reward"), 0, steps(4), 4L));

    Map<String, Double> values = result.checkpoints().get(0).metrics();
    assertThat(values.get("mean-episode-reward")).isNaN();
    assertThat(values.get("episode-length")).isNaN();
    assertThat(values.get("reward")).isEqualTo(4.0);
  }

  private List<Checkpoint> run(Budget budget, Long... checkpoints) {
    TrialResult result = runner.run(spec(SCRIPTED, config("test.round-robin", Map.of()), ALL, 0,
        budget, checkpoints));
    assertThat(result.ok()).as(result.error()).isTrue();
    return result.checkpoints();
  }

  private static void assertValues(Checkpoint checkpoint, Map<String, Double> expected) {
    assertThat(checkpoint.metrics().keySet()).containsExactlyElementsOf(ALL);
    expected.forEach((id, value) ->
        assertThat(checkpoint.metrics().get(id)).as(id).isCloseTo(value, within(1e-12)));
  }
}
