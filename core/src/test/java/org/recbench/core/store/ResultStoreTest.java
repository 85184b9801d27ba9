package org.recbench.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recbench.core.run.TestSpecs.config;
import static org.recbench.core.run.TestSpecs.spec;
import static org.recbench.core.run.TestSpecs.steps;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbench.core.run.TestSpecs;
import org.recbench.core.run.TrialRunner;
import org.recbench.core.trial.TrialResult;
import org.recbench.core.trial.TrialSpec;
import org.recbench.reports.SkippedPair;

class ResultStoreTest {

  @TempDir
  Path root;

  private final TrialRunner runner = new TrialRunner(TestSpecs.catalog());

  static RunMetadata metadata() {
    RunMetadata base = TestSpecs.metadata(plan(), "reward", 2);
    return new RunMetadata(base.format(), base.scenario(), "a test run", "scenarios/test.json",
        base.rankBy(), true, base.settings(), base.seeds(),
        List.of(new SkippedPair("env", "policy", "policy needs capability x")),
        List.of("regret left out of 1 pair"), "unknown", "17", "Linux", "local", "", 2,
        "2026-11-23T18:45:03Z", List.of(), null);
  }

  /** Six trials: two policies (one flaky) on three seeds. */
  private static List<TrialSpec> plan() {
    List<TrialSpec> plan = new ArrayList<>();
    for (String policy : List.of("test.uniform", "test.flaky")) {
      for (int seed = 0; seed < 3; seed++) {
        plan.add(spec(config("test.random-means", Map.of("arms", 3L, "episode-length", 5L)),
            config(policy, Map.of()), List.of("reward", "steps"), seed, steps(30), 10L, 30L));
      }
    }
    return plan;
  }

  @Test
  void createMakesATimestampedDirectoryWithRunMetadata() {
    try (ResultStore first = ResultStore.create(root, metadata());
        ResultStore second = ResultStore.create(root, metadata())) {
      assertThat(first.directory()).isEqualTo(root.resolve("test/2026-11-23T18-45-03Z"));
      assertThat(second.directory()).isEqualTo(root.resolve("test/2026-11-23T18-45-03Z-2"));
      assertThat(first.directory().resolve("trials.jsonl")).isEmptyFile();
      assertThat(ResultStore.readMetadata(first.directory())).isEqualTo(metadata());
    }
  }

  @Test
  void appendWritesOneFlushedLinePerResult() throws IOException {
    List<TrialSpec> plan = plan();
    try (ResultStore store = ResultStore.create(root, metadata())) {
      store.append(runner.run(plan.get(0)));
      store.append(runner.run(plan.get(1)));

      // Read while the store is still open: the lines must already be on disk.
      assertThat(Files.readAllLines(store.directory().resolve("trials.jsonl"))).hasSize(2);
      assertThat(ResultStore.readTrials(store.directory(), metadata())).extracting(TrialResult::key)
          .containsExactly(plan.get(0).key(), plan.get(1).key());
    }
  }

  @Test
  void resumeAfterATruncatedLastLineMatchesAnUninterruptedRun() throws IOException {
    List<TrialSpec> plan = plan();
    Path uninterrupted;
    try (ResultStore store = ResultStore.create(root.resolve("a"), metadata())) {
      plan.forEach(spec -> store.append(runner.run(spec)));
      store.finish(plan, "2026-11-23T19:00:00Z");
      uninterrupted = store.directory();
    }

    Path interrupted;
    try (ResultStore store = ResultStore.create(root.resolve("b"), metadata())) {
      // Results arrive out of plan order, as from a thread pool; the run dies mid-line.
      for (int i : new int[] {3, 0, 4}) {
        store.append(runner.run(plan.get(i)));
      }
      interrupted = store.directory();
    }
    Path trials = interrupted.resolve("trials.jsonl");
    byte[] bytes = Files.readAllBytes(trials);
    int completeLength = lastLineStart(bytes);
    Files.write(trials, java.util.Arrays.copyOf(bytes, completeLength + 40));

    try (ResultStore store = ResultStore.resume(interrupted)) {
      assertThat(Files.size(trials)).isEqualTo(completeLength);
      assertThat(store.metadata()).isEqualTo(metadata());
      List<TrialResult> kept = ResultStore.readTrials(interrupted, metadata());
      List<String> okKeys = kept.stream().filter(TrialResult::ok).map(TrialResult::key).toList();
      assertThat(store.finishedKeys()).containsExactlyInAnyOrderElementsOf(okKeys)
          .doesNotContain(plan.get(4).key());
      plan.stream().filter(spec -> !store.finishedKeys().contains(spec.key()))
          .forEach(spec -> store.append(runner.run(spec)));
      store.finish(plan, "2026-11-23T19:00:00Z");
    }

    assertThat(withoutWallTimes(interrupted)).isEqualTo(withoutWallTimes(uninterrupted))
        .hasSize(plan.size());
    assertThat(ResultStore.readMetadata(interrupted).endTime()).isEqualTo("2026-11-23T19:00:00Z");
  }

  @Test
  void failedTrialsAreNotFinishedAndOnlyTheirLatestResultIsKept() {
    List<TrialSpec> plan = plan();
    TrialSpec spec = plan.get(0);
    TrialResult failed = new TrialResult(spec.key(), spec, TrialResult.Status.FAILED,
        "IllegalStateException: crashed", List.of(), 1);
    Path directory;
    try (ResultStore store = ResultStore.create(root, metadata())) {
      store.append(failed);
      directory = store.directory();
    }
    try (ResultStore store = ResultStore.resume(directory)) {
      assertThat(store.finishedKeys()).isEmpty();
      store.append(runner.run(spec));
      assertThat(store.finishedKeys()).containsExactly(spec.key());
      store.finish(plan, "2026-11-23T19:00:00Z");
    }
    assertThat(ResultStore.readTrials(directory, metadata())).singleElement()
        .satisfies(result -> assertThat(result.ok()).isTrue());
  }

  @Test
  void finishWritesThePlannedResultsInPlanOrderAndClosesTheStore() {
    List<TrialSpec> plan = plan();
    Path directory;
    try (ResultStore store = ResultStore.create(root, metadata())) {
      store.append(runner.run(plan.get(5)));
      store.append(runner.run(plan.get(1)));
      store.finish(plan, "2026-11-23T19:00:00Z");
      directory = store.directory();
      assertThatThrownBy(() -> store.append(runner.run(plan.get(2))))
          .isInstanceOf(IllegalStateException.class);
    }
    assertThat(ResultStore.readTrials(directory, metadata())).extracting(TrialResult::key)
        .containsExactly(plan.get(1).key(), plan.get(5).key());
  }

  @Test
  void retainOnlyMovesResultsOutsideThePlanAsideWithoutLosingThem() throws IOException {
    List<TrialSpec> plan = plan();
    Path directory = closedStoreWith(0, 1, 2);
    try (ResultStore store = ResultStore.resume(directory)) {
      assertThat(store.retainOnly(java.util.Set.of(plan.get(1).key()))).isEqualTo(2);
      assertThat(store.finishedKeys()).containsExactly(plan.get(1).key());
      store.append(runner.run(plan.get(3)));
    }
    assertThat(ResultStore.readTrials(directory, metadata())).extracting(TrialResult::key)
        .containsExactly(plan.get(1).key(), plan.get(3).key());
    assertThat(Files.readAllLines(directory.resolve(ResultStore.OUTSIDE_PLAN_FILE)))
        .hasSize(2).allMatch(line -> line.contains(plan.get(0).key())
            || line.contains(plan.get(2).key()));
  }

  @Test
  void readTrialsRefusesAFileThatMixesPlans() throws IOException {
    Path directory = closedStoreWith(0);
    TrialSpec other = spec(config("test.random-means", Map.of("arms", 3L, "episode-length", 5L)),
        config("test.uniform", Map.of()), List.of("reward", "steps"), 0, steps(60), 10L, 60L);
    Files.writeString(directory.resolve("trials.jsonl"),
        TrialJson.write(runner.run(other)) + "\n", StandardOpenOption.APPEND);

    assertThatThrownBy(() -> ResultStore.readTrials(directory, metadata()))
        .isInstanceOf(ResultStoreException.class)
        .hasMessageContaining("line 2 belongs to another run")
        .hasMessageContaining("budget 60 steps, not 30 steps")
        .hasMessageContaining("checkpoints [10, 60], not [10, 30]");
  }

  @Test
  void readTrialsRefusesTwoConfigurationsUnderOneLabel() throws IOException {
    Path directory = closedStoreWith(0);
    TrialSpec relabelled = spec(new org.recbench.core.trial.ComponentConfig("test.random-means",
            Map.of("arms", 4L, "episode-length", 5L), plan().get(0).environment().label()),
        config("test.uniform", Map.of()), List.of("reward", "steps"), 0, steps(30), 10L, 30L);
    Files.writeString(directory.resolve("trials.jsonl"),
        TrialJson.write(runner.run(relabelled)) + "\n", StandardOpenOption.APPEND);

    assertThatThrownBy(() -> ResultStore.readTrials(directory, metadata()))
        .isInstanceOf(ResultStoreException.class)
        .hasMessageContaining("a second configuration of test.uniform");
  }

  @Test
  void aGarbledLastLineIsDroppedOnResume() throws IOException {
    Path directory = closedStoreWith(0);
    Path trials = directory.resolve("trials.jsonl");
    long complete = Files.size(trials);
    Files.writeString(trials, "{\"key\": garbage}\n", StandardOpenOption.APPEND);

    try (ResultStore store = ResultStore.resume(directory)) {
      assertThat(store.finishedKeys()).containsExactly(plan().get(0).key());
    }
    assertThat(Files.size(trials)).isEqualTo(complete);
  }

  @Test
  void aGarbledLineBeforeTheLastIsAnErrorNamingFileAndLine() throws IOException {
    Path directory = closedStoreWith(0, 1, 2);
    Path trials = directory.resolve("trials.jsonl");
    List<String> lines = new ArrayList<>(Files.readAllLines(trials));
    lines.set(1, lines.get(1).substring(0, 30));
    Files.write(trials, lines);

    assertThatThrownBy(() -> ResultStore.resume(directory))
        .isInstanceOf(ResultStoreException.class)
        .hasMessageContaining(trials + " line 2 is not a trial result");
    assertThatThrownBy(() -> ResultStore.readTrials(directory, metadata()))
        .isInstanceOf(ResultStoreException.class);
  }

  @Test
  void ofSeveralGarbledLinesTheErrorNamesTheFirstThoughLinesAreParsedInParallel()
      throws IOException {
    Path directory = closedStoreWith(0, 1, 2);
    Path trials = directory.resolve("trials.jsonl");
    List<String> lines = new ArrayList<>(Files.readAllLines(trials));
    for (int copy = 0; copy < 40; copy++) {
      lines.addAll(lines.subList(0, 3));
    }
    lines.set(70, lines.get(70).substring(0, 30));
    lines.set(5, lines.get(5).substring(0, 30));
    lines.set(100, lines.get(100).substring(0, 30));
    Files.write(trials, lines);

    for (int repeat = 0; repeat < 20; repeat++) {
      assertThatThrownBy(() -> ResultStore.readTrials(directory, metadata()))
          .isInstanceOf(ResultStoreException.class)
          .hasMessageContaining(trials + " line 6 is not a trial result");
    }
  }

  @Test
  void readTrialsIgnoresAnIncompleteLastLineWithoutTouchingTheFile() throws IOException {
    Path directory = closedStoreWith(0);
    Path trials = directory.resolve("trials.jsonl");
    Files.writeString(trials, "{\"key\":\"te", StandardOpenOption.APPEND);
    long size = Files.size(trials);

    assertThat(ResultStore.readTrials(directory, metadata())).hasSize(1);
    assertThat(Files.size(trials)).isEqualTo(size);
  }

  @Test
  void resumeOfADirectoryWithoutRunJsonIsAClearError() {
    assertThatThrownBy(() -> ResultStore.resume(root))
        .isInstanceOf(ResultStoreException.class)
        .hasMessage("not a run directory: " + root.resolve("run.json") + " does not exist");
  }

  /** A new run directory holding the results of the given plan entries, its store closed. */
  private Path closedStoreWith(int... planIndices) {
    List<TrialSpec> plan = plan();
    try (ResultStore store = ResultStore.create(root, metadata())) {
      for (int i : planIndices) {
        store.append(runner.run(plan.get(i)));
      }
      return store.directory();
    }
  }

  /** The file's lines with the wall time field removed. */
  static List<String> withoutWallTimes(Path runDirectory) throws IOException {
    return Files.readAllLines(runDirectory.resolve("trials.jsonl"), StandardCharsets.UTF_8)
        .stream().map(line -> line.replaceAll(",\"wallMillis\":[0-9]+}$", "}")).toList();
  }

  private static int lastLineStart(byte[] bytes) {
    int end = bytes.length - 1;
    while (end > 0 && bytes[end - 1] != '\n') {
      end--;
    }
    return end;
  }
}
