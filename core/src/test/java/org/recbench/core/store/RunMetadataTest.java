package org.recbench.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbench.core.plan.Plan;
import org.recbench.core.plan.Planner;
import org.recbench.core.run.TestSpecs;
import org.recbench.core.scenario.ScenarioException;
import org.recbench.core.scenario.ScenarioLoader;
import org.recbench.reports.RunInfo;

class RunMetadataTest {

  @TempDir
  Path directory;

  private static Plan plan() throws ScenarioException {
    return new Planner(TestSpecs.catalog()).plan(new ScenarioLoader(TestSpecs.catalog()).parse(
        "{\"name\": \"test\", \"seeds\": 3, \"episodes\": 5,"
            + " \"environments\": [\"test.counting\"], \"policies\": [\"test.greedy\"],"
            + " \"metrics\": [\"reward\", \"steps\"], \"leaderboard\": {\"rank-by\": \"reward\"}}",
        Path.of("test.json")));
  }

  @Test
  void startRecordsThePlanTheEngineAndTheStartInWholeSeconds() throws ScenarioException {
    RunMetadata metadata = RunMetadata.start(plan(), "local", "", 4,
        Instant.parse("2026-11-23T18:45:03.789Z"));

    assertThat(metadata.settings()).isEqualTo(new RunSettings("episode", 5, List.of(5L),
        List.of("reward=reward{}", "steps=steps{}"), 0));
    assertThat(metadata.seeds()).isEqualTo(3);
    assertThat(metadata.engine()).isEqualTo("local");
    assertThat(metadata.parallelism()).isEqualTo(4);
    assertThat(metadata.startTime()).isEqualTo("2026-11-23T18:45:03Z");
    assertThat(metadata.endTime()).isNull();
    assertThat(metadata.javaVersion()).isEqualTo(System.getProperty("java.version"));
    assertThat(metadata.os()).startsWith(System.getProperty("os.name"));
    assertThat(metadata.gitCommit()).matches("unknown|[0-9a-f]{40,64}");
  }

  @Test
  void gitCommitIsTheHeadOfARepositoryAndUnknownOutsideOne() throws Exception {
    assertThat(RunMetadata.gitCommit(directory)).isEqualTo("unknown");
    assumeTrue(run(directory, "git", "init", "-q") == 0, "git is available");
    assertThat(run(directory, "git", "-c", "user.name=t", "-c", "user.email=t@example.org",
        "commit", "-q", "--allow-empty", "-m", "empty")).isZero();

    assertThat(RunMetadata.gitCommit(directory)).matches("[0-9a-f]{40}");
  }

  @Test
  void runInfoCarriesTheReportHeader() {
    RunInfo info = ResultStoreTest.metadata().withEndTime("2026-11-23T19:00:00Z").toRunInfo();

    assertThat(info.scenario()).isEqualTo("test");
    assertThat(info.rankBy()).isEqualTo("reward");
    assertThat(info.checkpointUnit()).isEqualTo("step");
    assertThat(info.metadata()).containsEntry("end", "2026-11-23T19:00:00Z")
        .containsEntry("engine", "local").containsEntry("parallelism", "2")
        .containsEntry("note 1", "regret left out of 1 pair");
  }

  @Test
  void aResumeRecordsItsTimeAndNewPlanAndClearsTheEnd() throws ScenarioException {
    RunMetadata started = RunMetadata.start(plan(), "local", "", 4, Instant.EPOCH)
        .withEndTime("1970-01-01T00:10:00Z");
    RunMetadata resumed = started.resumedWith(plan(), "spark", "local[2]", 2,
        Instant.parse("2026-11-23T18:45:03Z"));

    assertThat(resumed.resumes()).containsExactly("2026-11-23T18:45:03Z");
    assertThat(resumed.startTime()).isEqualTo(started.startTime());
    assertThat(resumed.endTime()).isNull();
    assertThat(resumed.engine()).isEqualTo("spark");
    assertThat(resumed.toRunInfo().metadata()).containsEntry("engine", "spark (local[2])")
        .containsEntry("resumed 1", "2026-11-23T18:45:03Z");
  }

  @Test
  void anUnknownBudgetUnitIsRejected() {
    RunMetadata valid = ResultStoreTest.metadata();
    assertThatThrownBy(() -> new RunMetadata(valid.format(), "test", "", "test.json", "reward",
        true, new RunSettings("steps", 1, List.of(1L), List.of(), 0), 1, List.of(), List.of(),
        "unknown", "17", "Linux", "local", "", 1, "2026-11-23T18:45:03Z", List.of(), null))
        .hasMessage("budget unit must be \"step\" or \"episode\", was \"steps\"");
  }

  @Test
  void metadataOfAnotherFormatIsRefusedSayingSo() {
    RunMetadata valid = ResultStoreTest.metadata();
    assertThatThrownBy(() -> new RunMetadata(1, "test", "", "test.json", "reward", true,
        valid.settings(), 1, List.of(), List.of(), "unknown", "17", "Linux", "local", "", 1,
        "2026-11-23T18:45:03Z", List.of(), null))
        .hasMessageContaining("written by another version of RecBench (run format 1");
  }

  private static int run(Path directory, String... command) throws InterruptedException {
    try {
      return new ProcessBuilder(command).directory(directory.toFile())
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start().waitFor();
    } catch (IOException e) {
      return -1;
    }
  }
}
