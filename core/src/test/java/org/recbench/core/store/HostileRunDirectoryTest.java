package org.recbench.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.recbench.core.run.TestSpecs.config;
import static org.recbench.core.run.TestSpecs.spec;
import static org.recbench.core.run.TestSpecs.steps;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.recbench.core.trial.TrialResult;
import org.recbench.core.trial.TrialSpec;

/**
 * A run directory is shared by processes and may be edited, truncated or replaced: concurrent
 * runs are kept apart by a lock that a killed holder cannot leave behind, and corrupt or odd
 * files are bad input in one line naming the file, never a hang or a stack trace.
 */
class HostileRunDirectoryTest {

  @TempDir
  Path root;

  private static TrialSpec trial() {
    return spec(config("test.random-means", Map.of("arms", 3L, "episode-length", 5L)),
        config("test.uniform", Map.of()), List.of("reward", "steps"), 0, steps(30), 10L, 30L);
  }

  private Path finishedRun() {
    try (ResultStore store = ResultStore.create(root, ResultStoreTest.metadata())) {
      return store.directory();
    }
  }

  @Test
  void aSecondResumeOfADirectoryInUseIsRefusedNamingTheHolder() {
    try (ResultStore running = ResultStore.create(root, ResultStoreTest.metadata())) {
      assertThatThrownBy(() -> ResultStore.resume(running.directory()))
          .isInstanceOf(ResultStoreException.class)
          .hasMessage("run directory " + running.directory() + " is in use by this process (lock "
              + running.directory().resolve("run.lock") + "); wait for that run to end or stop "
              + "it, then resume again");
    }
  }

  @Test
  void closingTheStoreReleasesTheDirectory() {
    Path directory = finishedRun();

    try (ResultStore resumed = ResultStore.resume(directory)) {
      assertThat(resumed.directory()).isEqualTo(directory);
    }
    try (ResultStore again = ResultStore.resume(directory)) {
      assertThat(again.metadata()).isEqualTo(ResultStoreTest.metadata());
    }
  }

  @Test
  @Timeout(30)
  void aLockHeldByAnotherProcessNamesItsPidAndDiesWithIt() throws Exception {
    Path directory = finishedRun();
    String java = ProcessHandle.current().info().command().orElse(null);
    assumeTrue(java != null, "the path of this JVM is unknown");
    Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        LockHolder.class.getName(), directory.toString()).redirectErrorStream(true).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
          StandardCharsets.UTF_8));
      assertThat(out.readLine()).isEqualTo("locked");

      assertThatThrownBy(() -> ResultStore.resume(directory))
          .isInstanceOf(ResultStoreException.class)
          .hasMessageContaining("is in use by pid " + holder.pid() + " on host ");
    } finally {
      holder.destroyForcibly();
      holder.waitFor(10, TimeUnit.SECONDS);
    }

    assertThat(Files.readString(directory.resolve("run.lock"))).startsWith("pid " + holder.pid());
    try (ResultStore afterKill = ResultStore.resume(directory)) {
      assertThat(afterKill.finishedKeys()).isEmpty();
    }
  }

  @Test
  void aCorruptRunJsonIsOneLineWithLineColumnAndPath() throws IOException {
    Path directory = finishedRun();
    Path runJson = directory.resolve("run.json");
    Files.writeString(runJson, Files.readString(runJson).replaceFirst("\"seeds\" : \\d+",
        "\"seeds\" : \"many\""));

    assertThatThrownBy(() -> ResultStore.readMetadata(directory))
        .isInstanceOf(ResultStoreException.class)
        .hasMessageStartingWith(runJson + " is not valid run metadata: line ")
        .hasMessageContaining("$.seeds: Cannot deserialize value of type `int` from String "
            + "\"many\"")
        .hasMessageNotContaining("\n").hasMessageNotContaining("Source");
    Files.writeString(runJson, "{\"format\": 2,");
    assertThatThrownBy(() -> ResultStore.resume(directory))
        .hasMessage(runJson + " is not valid run metadata: line 1, column 14: Unexpected "
            + "end-of-input within/between Object entries");
  }

  @Test
  @Timeout(5)
  void trialsThatAreANamedPipeAreRefusedWithoutBlocking() throws Exception {
    Path directory = finishedRun();
    Path trials = directory.resolve("trials.jsonl");
    Files.delete(trials);
    assumeTrue(new ProcessBuilder("mkfifo", trials.toString()).start().waitFor() == 0);

    assertThatThrownBy(() -> ResultStore.readTrials(directory, ResultStoreTest.metadata()))
        .isInstanceOf(ResultStoreException.class)
        .hasMessage(trials + " is not a regular file (a directory, device or FIFO); a run "
            + "directory holds files written by recbench run");
    assertThatThrownBy(() -> ResultStore.resume(directory))
        .isInstanceOf(ResultStoreException.class).hasMessageContaining("is not a regular file");
  }

  @Test
  void aMessageWithAnUnpairedSurrogateIsStoredAsOneAsciiLineAndReadBackExactly()
      throws IOException {
    TrialSpec spec = trial();
    TrialResult torn = new TrialResult(spec.key(), spec, TrialResult.Status.FAILED,
        "IllegalStateException: label x\ud800y, caf\u00e9", List.of(), 1);
    Path directory;
    try (ResultStore store = ResultStore.create(root, ResultStoreTest.metadata())) {
      store.append(torn);
      directory = store.directory();
    }

    byte[] bytes = Files.readAllBytes(directory.resolve("trials.jsonl"));
    assertThat(new String(bytes, StandardCharsets.US_ASCII).chars()).allMatch(c -> c < 128);
    assertThat(new String(bytes, StandardCharsets.US_ASCII)).endsWith("}\n")
        .contains("x\\uD800y");
    assertThat(ResultStore.readTrials(directory, ResultStoreTest.metadata())).singleElement()
        .satisfies(result -> assertThat(result.error()).isEqualTo(torn.error()));
  }

  @Test
  void aHugeValueInACorruptLineIsQuotedAsAShortExcerpt() throws IOException {
    TrialSpec spec = trial();
    Path directory;
    try (ResultStore store = ResultStore.create(root, ResultStoreTest.metadata())) {
      store.append(new TrialResult(spec.key(), spec, TrialResult.Status.OK, null, List.of(), 1));
      store.append(new TrialResult(spec.key(), spec, TrialResult.Status.OK, null, List.of(), 2));
      directory = store.directory();
    }
    Path trials = directory.resolve("trials.jsonl");
    List<String> lines = Files.readAllLines(trials);
    Files.write(trials, List.of(lines.get(0).replace("\"status\":\"ok\"",
        "\"status\":\"" + "B".repeat(1_000_000) + "\""), lines.get(1)));

    assertThatThrownBy(() -> ResultStore.readTrials(directory, ResultStoreTest.metadata()))
        .isInstanceOf(ResultStoreException.class)
        .hasMessageContaining(trials + " line 1 is not a trial result (field 'status' must be "
            + "one of [ok, failed], was \"BBBB")
        .hasMessageContaining("(999960 more characters)")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(500));
  }
}
