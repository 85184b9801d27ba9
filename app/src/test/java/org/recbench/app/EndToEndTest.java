package org.recbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbench.core.store.ResultStore;
import org.recbench.reports.EnvironmentBoard;
import org.recbench.reports.JsonReport;
import org.recbench.reports.Leaderboard;
import org.recbench.reports.PolicyRow;
import org.recbench.reports.Stat;

/** The CLI end to end on the bundled scenarios: exit codes, files, determinism and resume. */
class EndToEndTest {

  private static final String QUICKSTART = "../scenarios/quickstart.json";
  private static final String TIMING = "decision-time";

  @TempDir
  Path out;

  @Test
  void quickstartRanksUcb1AndThompsonAboveUniformWithSeparatedIntervals() throws IOException {
    CliRun run = CliRun.of("run", QUICKSTART, "--out", out.toString(), "--threads", "2");

    assertThat(run.exitCode()).as(run.err()).isZero();
    Path dir = run.runDirectory();
    assertThat(dir.resolve("trials.jsonl")).exists();
    for (String file : List.of("leaderboard.csv", "leaderboard.json", "leaderboard.md",
        "index.html", "run.json")) {
      assertThat(dir.resolve(file)).isNotEmptyFile();
    }
    EnvironmentBoard bernoulli = board(JsonReport.read(dir.resolve("leaderboard.json")),
        "bandit.bernoulli");
    Stat uniform = regret(bernoulli, "bandit.uniform");
    for (String learner : List.of("bandit.ucb1", "bandit.thompson")) {
      Stat stat = regret(bernoulli, learner);
      assertThat(stat.n()).isEqualTo(20);
      assertThat(stat.ciHigh()).as(learner + " CI above uniform's").isLessThan(uniform.ciLow());
    }
  }

  @Test
  void oneAndFourThreadsWriteIdenticalTrialsApartFromWallTime() throws IOException {
    Path one = CliRun.of("run", QUICKSTART, "--seeds", "4", "--threads", "1", "--out",
        out.resolve("one").toString()).runDirectory();
    Path four = CliRun.of("run", QUICKSTART, "--seeds", "4", "--threads", "4", "--out",
        out.resolve("four").toString()).runDirectory();

    assertThat(withoutTimings(four.resolve("trials.jsonl")))
        .isEqualTo(withoutTimings(one.resolve("trials.jsonl")))
        .hasSize(9 * 4);
  }

  @Test
  void resumingATruncatedRunGivesTheLeaderboardOfAnUninterruptedRun() throws IOException {
    Path full = CliRun.of("run", QUICKSTART, "--seeds", "4", "--out",
        out.resolve("full").toString()).runDirectory();
    Path interrupted = Files.createDirectories(out.resolve("interrupted"));
    Files.copy(full.resolve(ResultStore.RUN_FILE), interrupted.resolve(ResultStore.RUN_FILE));
    byte[] trials = Files.readAllBytes(full.resolve(ResultStore.TRIALS_FILE));
    byte[] half = java.util.Arrays.copyOf(trials, trials.length / 2);
    Files.write(interrupted.resolve(ResultStore.TRIALS_FILE), half);
    long complete = new String(half, java.nio.charset.StandardCharsets.UTF_8).chars()
        .filter(c -> c == '\n').count();

    CliRun resumed = CliRun.of("run", QUICKSTART, "--seeds", "4", "--resume",
        interrupted.toString());

    assertThat(resumed.exitCode()).as(resumed.err()).isZero();
    assertThat(complete).isPositive();
    assertThat(resumed.out()).contains("36 trials (" + complete + " already done)");
    Leaderboard expected = JsonReport.read(full.resolve("leaderboard.json"));
    Leaderboard actual = JsonReport.read(interrupted.resolve("leaderboard.json"));
    assertThat(withoutTimings(actual.boards())).isEqualTo(withoutTimings(expected.boards()));
    assertThat(actual.failures()).isEqualTo(expected.failures());
    assertThat(withoutTimings(interrupted.resolve("trials.jsonl")))
        .isEqualTo(withoutTimings(full.resolve("trials.jsonl")));
  }

  @Test
  void resumingWithAnotherScenarioIsBadInput() {
    Path dir = CliRun.of("run", QUICKSTART, "--seeds", "1", "--out", out.toString())
        .runDirectory();

    CliRun resumed = CliRun.of("run", "src/test/resources/scenarios/flaky.json", "--resume",
        dir.toString());

    assertThat(resumed.exitCode()).isEqualTo(2);
    assertThat(resumed.err()).contains("flaky.json: $.name: run directory")
        .contains("holds scenario 'quickstart', not 'flaky'");
  }

  @Test
  void failingTrialsAreRecordedAndTheRunExitsWithOne() throws IOException {
    CliRun run = CliRun.of("run", "src/test/resources/scenarios/flaky.json", "--out",
        out.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    Leaderboard board = JsonReport.read(run.runDirectory().resolve("leaderboard.json"));
    PolicyRow flaky = row(board.boards().get(0), "test.flaky");
    assertThat(flaky.failures()).isPositive();
    assertThat(flaky.trials()).isPositive();
    assertThat(flaky.trials() + flaky.failures()).isEqualTo(8);
    assertThat(row(board.boards().get(0), "bandit.ucb1").trials()).isEqualTo(8);
    assertThat(board.failures()).hasSize(flaky.failures())
        .allSatisfy(f -> assertThat(f.error()).contains("flaky policy gave up"));
  }

  @Test
  void badScenarioExitsWithTwoAndNamesThePathsWithoutAStackTrace() {
    CliRun run = CliRun.of("run", "src/test/resources/scenarios/broken.json", "--out",
        out.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("broken.json: $.seeds:")
        .contains("$.environments[0].id:")
        .contains("bandit.bernoulli")
        .doesNotContain("at org.")
        .doesNotContain("Exception");
  }

  @Test
  void reportReRendersIdenticalLeaderboardsFromTheRunDirectory() throws IOException {
    Path dir = CliRun.of("run", QUICKSTART, "--seeds", "3", "--out", out.toString())
        .runDirectory();
    String markdown = Files.readString(dir.resolve("leaderboard.md"));
    Files.delete(dir.resolve("leaderboard.md"));

    CliRun report = CliRun.of("report", dir.toString());

    assertThat(report.exitCode()).as(report.err()).isZero();
    assertThat(Files.readString(dir.resolve("leaderboard.md"))).isEqualTo(markdown);
  }

  @Test
  void validateListAndSchemaDescribeTheBundledPlugins() {
    CliRun validate = CliRun.of("validate", QUICKSTART);
    CliRun list = CliRun.of("list");
    CliRun schema = CliRun.of("schema");

    assertThat(validate.exitCode()).isZero();
    assertThat(validate.out()).contains("ok, 180 trials");
    assertThat(list.out()).contains("bandit.ucb1", "regret", "PROTOCOLS", "CAPABILITIES");
    assertThat(schema.out()).contains("\"bandit.bernoulli\"", "$schema");
  }

  private static List<String> withoutTimings(Path trials) throws IOException {
    return TrialLines.withoutTimings(trials);
  }

  /** Boards without the wall-clock metric. */
  private static List<EnvironmentBoard> withoutTimings(List<EnvironmentBoard> boards) {
    return boards.stream().map(b -> new EnvironmentBoard(b.environment(),
        b.metrics().stream().filter(m -> !m.equals(TIMING)).toList(),
        b.rows().stream().map(r -> {
          java.util.Map<String, List<Stat>> metrics = new java.util.LinkedHashMap<>(r.metrics());
          metrics.remove(TIMING);
          return new PolicyRow(r.policy(), r.trials(), r.failures(), metrics);
        }).toList())).toList();
  }

  private static EnvironmentBoard board(Leaderboard leaderboard, String environmentPrefix) {
    return leaderboard.boards().stream()
        .filter(b -> b.environment().startsWith(environmentPrefix))
        .findFirst().orElseThrow();
  }

  private static PolicyRow row(EnvironmentBoard board, String policy) {
    return board.rows().stream().filter(r -> r.policy().equals(policy)).findFirst().orElseThrow();
  }

  private static Stat regret(EnvironmentBoard board, String policy) {
    return row(board, policy).last("regret");
  }
}
