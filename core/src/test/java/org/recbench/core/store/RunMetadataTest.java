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
import org.recbench.reports.RunInfo;

class RunMetadataTest {

  @TempDir
  Path directory;

  @Test
  void gatherRecordsTheStartInWholeSecondsAndTheMachine() {
    RunMetadata metadata = RunMetadata.gather("test", "", "test.json", "reward", true, "episode",
        List.of(), List.of(), 4, Instant.parse("2026-11-23T18:45:03.789Z"));

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
        .containsEntry("threads", "2").containsEntry("note 1", "regret left out of 1 pair");
  }

  @Test
  void anUnknownBudgetUnitIsRejected() {
    assertThatThrownBy(() -> RunMetadata.gather("test", "", "test.json", "reward", true, "steps",
        List.of(), List.of(), 1, Instant.EPOCH))
        .hasMessage("budget unit must be \"step\" or \"episode\", was \"steps\"");
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
