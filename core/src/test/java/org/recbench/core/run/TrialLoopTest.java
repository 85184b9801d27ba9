package org.recbench.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recbench.core.run.TestSpecs.config;
import static org.recbench.core.run.TestSpecs.episodes;
import static org.recbench.core.run.TestSpecs.spec;
import static org.recbench.core.run.TestSpecs.steps;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recbench.api.Capabilities;
import org.recbench.api.Environment;
import org.recbench.api.Metric;
import org.recbench.api.Policy;
import org.recbench.core.catalog.Catalog;
import org.recbench.core.trial.Checkpoint;
import org.recbench.core.trial.ComponentConfig;
import org.recbench.core.trial.TrialResult;
import org.recbench.core.trial.TrialSpec;

/** The stretches of the trial loop and the copies of its class. */
class TrialLoopTest {

  private static final Catalog CATALOG = TestSpecs.catalog();
  private final TrialRunner runner = new TrialRunner(CATALOG);

  private static ComponentConfig randomMeans(long episodeLength) {
    return config("test.random-means", Map.of("arms", 3L, "episode-length", episodeLength));
  }

  @Test
  void stretchesKeepStepIndicesAndEpisodeCallbacksAcrossCheckpointsAndMultiplesOf1024() {
    Long[] checkpoints = {1L, 5L, 1023L, 1024L, 1025L, 2047L, 2048L, 3000L};
    for (long episodeLength : new long[] {0, 1, 7, 1024, 1500}) {
      TrialResult one = runner.run(spec(randomMeans(episodeLength), config("test.uniform",
          Map.of()), List.of("test.step-indices"), 3, steps(3000), checkpoints));
      TrialResult all = runner.run(spec(randomMeans(episodeLength), config("test.uniform",
          Map.of()), List.of("test.step-indices", "reward"), 3, steps(3000), checkpoints));

      assertThat(one.ok()).as(one.error()).isTrue();
      assertThat(all.ok()).as(all.error()).isTrue();
      assertThat(one.checkpoints()).extracting(Checkpoint::at).containsExactly(checkpoints);
      assertThat(one.checkpoints()).extracting(c -> c.metrics().get("test.step-indices"))
          .containsExactly(1.0, 5.0, 1023.0, 1024.0, 1025.0, 2047.0, 2048.0, 3000.0);
      assertThat(all.checkpoints()).extracting(c -> c.metrics().get("test.step-indices"))
          .isEqualTo(one.checkpoints().stream().map(c -> c.metrics().get("test.step-indices"))
              .toList());
    }
  }

  @Test
  void episodeBudgetsEndStretchesAtEveryEpisodeEnd() {
    TrialResult result = runner.run(spec(randomMeans(1500), config("test.uniform", Map.of()),
        List.of("test.step-indices"), 0, episodes(3), 1L, 3L));

    assertThat(result.ok()).as(result.error()).isTrue();
    assertThat(result.checkpoints()).extracting(c -> c.metrics().get("test.step-indices"))
        .containsExactly(1500.0, 4500.0);
  }

  @Test
  void aLoopClassIsCopiedOncePerCombinationOfComponentClasses() {
    TrialSpec uniform = spec(randomMeans(0), config("test.uniform", Map.of()),
        List.of("reward"), 0, steps(10), 10L);
    TrialSpec roundRobin = spec(randomMeans(0), config("test.round-robin", Map.of()),
        List.of("reward"), 0, steps(10), 10L);

    Class<?> first = loop(uniform).getClass();
    Class<?> again = loop(spec(randomMeans(0), config("test.uniform", Map.of()),
        List.of("reward"), 1, steps(10), 10L)).getClass();
    Class<?> other = loop(roundRobin).getClass();

    assertThat(first.isHidden()).isTrue();
    assertThat(first).isNotEqualTo(TrialLoop.class).isSameAs(again).isNotEqualTo(other);
    assertThat(other.isHidden()).isTrue();
  }

  @SuppressWarnings("unchecked")
  private TrialInteraction loop(TrialSpec spec) {
    Environment<Object, Object, Object> environment = runner.environment(spec);
    Policy<Object, Object, Object> policy = (Policy<Object, Object, Object>) CATALOG
        .policy(spec.policy().id()).factory()
        .create(spec.policy().toParams(), Seeds.policy(spec), Capabilities.NONE);
    Metric<Object, Object, Object>[] metrics = new Metric[] {(Metric<Object, Object, Object>)
        CATALOG.metric("reward").factory().create(spec.metrics().get(0).toParams(),
            Seeds.metric(spec, spec.metrics().get(0)), Capabilities.NONE)};
    return LoopClasses.create(environment, policy, new String[] {"reward"}, metrics,
        Capabilities.NONE, spec.budget(), spec.checkpoints(), false, System.nanoTime(), 0);
  }
}
