package org.recbench.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recbench.core.run.TestSpecs.config;
import static org.recbench.core.run.TestSpecs.spec;
import static org.recbench.core.run.TestSpecs.steps;
import static org.recbench.core.run.TestSpecs.metadata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbench.core.run.TestSpecs;
import org.recbench.core.run.TrialRunner;
import org.recbench.core.store.ResultStore;
import org.recbench.core.store.RunMetadata;
import org.recbench.core.trial.TrialResult;
import org.recbench.core.trial.TrialSpec;

class LocalEngineTest {

  @TempDir
  Path root;

  private final TrialRunner runner = new TrialRunner(TestSpecs.catalog());

  /** 2 environments x 3 policies x 4 seeds, with random draws on both sides. */
  private static List<TrialSpec> plan() {
    List<TrialSpec> plan = new ArrayList<>();
    for (long episodeLength : new long[] {0, 9}) {
      for (String policy : List.of("test.uniform", "test.round-robin", "test.flaky")) {
        for (int seed = 0; seed < 4; seed++) {
          plan.add(spec(config("test.random-means",
                  Map.of("arms", 5L, "episode-length", episodeLength)),
              config(policy, Map.of()),
              List.of("reward", "regret", "steps", "mean-episode-reward", "test.sum-of-means"),
              seed, steps(2000), 100L, 1000L, 2000L));
        }
      }
    }
    return plan;
  }

  @Test
  void resultsAreIdenticalForOneAndFourThreads() throws IOException {
    List<TrialSpec> plan = plan();
    List<String> oneThread = runAndStore(plan, 1, "one");
    List<String> fourThreads = runAndStore(plan, 4, "four");

    assertThat(fourThreads).hasSize(plan.size()).isEqualTo(oneThread);
  }

  @Test
  void theListenerHearsEveryTrialOnceAndNeverConcurrently() {
    List<TrialSpec> plan = plan();
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger maxInside = new AtomicInteger();
    List<String> keys = new ArrayList<>();
    new LocalEngine(runner, 4).run(plan, result -> {
      maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
      keys.add(result.key());
      Thread.yield();
      inside.decrementAndGet();
    });

    assertThat(maxInside).hasValue(1);
    assertThat(keys).containsExactlyInAnyOrderElementsOf(plan.stream().map(TrialSpec::key).toList());
  }

  @Test
  void aListenerExceptionStopsTheRunAndReachesTheCaller() {
    AtomicInteger heard = new AtomicInteger();
    assertThatThrownBy(() -> new LocalEngine(runner, 2).run(plan(), result -> {
      heard.incrementAndGet();
      throw new IllegalStateException("disk full");
    })).isInstanceOf(IllegalStateException.class).hasMessage("disk full");
    assertThat(heard).hasValue(1);
  }

  @Test
  void atLeastOneThreadIsRequired() {
    assertThatThrownBy(() -> new LocalEngine(runner, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("threads must be >= 1, was 0");
  }

  private List<String> runAndStore(List<TrialSpec> plan, int threads, String name)
      throws IOException {
    RunMetadata metadata = metadata(plan, "reward", threads);
    Path directory;
    try (ResultStore store = ResultStore.create(root.resolve(name), metadata)) {
      List<TrialResult> results = new ArrayList<>();
      new LocalEngine(runner, threads).run(plan, result -> {
        results.add(result);
        store.append(result);
      });
      assertThat(results).anyMatch(r -> !r.ok()).anyMatch(TrialResult::ok);
      store.finish(plan, "2026-11-23T19:00:00Z");
      directory = store.directory();
    }
    return Files.readAllLines(directory.resolve("trials.jsonl"), StandardCharsets.UTF_8).stream()
        .map(line -> line.replaceAll(",\"wallMillis\":[0-9]+}$", "}"))
        .toList();
  }
}
