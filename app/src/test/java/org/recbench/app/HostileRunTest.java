package org.recbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input through whole runs: what a scenario or a data file holds never runs, never
 * hangs and never spreads beyond a short excerpt into the run directory's files.
 */
class HostileRunTest {

  @TempDir
  Path dir;

  private Path scenario(String name, String json) throws IOException {
    return Files.writeString(dir.resolve(name + ".json"), json);
  }

  @Test
  void labelsASpreadsheetWouldEvaluateAreNeutralisedInTheLeaderboardCsv() throws IOException {
    Path file = scenario("csv", "{\"name\": \"csv\", \"seeds\": 2, \"horizon\": 20,"
        + " \"environments\": [{\"id\": \"bandit.bernoulli\", \"label\": \"@env\"}],"
        + " \"policies\": [{\"id\": \"bandit.ucb1\", \"label\": \"=HYPERLINK(\\\"http://x\\\")\"},"
        + " {\"id\": \"bandit.uniform\", \"label\": \"-2\"}], \"metrics\": [\"regret\"]}");

    CliRun run = CliRun.of("run", file.toString(), "--out", dir.resolve("out").toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> csv = Files.readAllLines(run.runDirectory().resolve("leaderboard.csv"));
    assertThat(csv.subList(1, csv.size())).allSatisfy(line -> assertThat(line)
        .startsWith("'@env,").containsAnyOf(",\"'=HYPERLINK(\"\"http://x\"\")\",", ",'-2,"));
  }

  @Test
  @Timeout(10)
  void billionsOfSeedsOnTheCommandLineAreRefusedAtOnce() {
    CliRun run = CliRun.of("run", "../scenarios/quickstart.json", "--seeds", "2147483647",
        "--out", dir.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("quickstart.json: $.seeds: 9 pairs x 2147483647 seeds = "
        + "19327352823 trials, more than the ");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void exportIntoAFileIsBadInputSayingWhy() throws IOException {
    Path file = Files.writeString(dir.resolve("models"), "");

    CliRun run = CliRun.of("export-pomdp", "../scenarios/churn/myopic-gap.json", "--out",
        file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("error: --out " + file + " is a file; expected a directory "
        + "to write the models into" + System.lineSeparator());
  }

  @Test
  void aFiveMegabyteDataLineReachesNoFileOfTheRun() throws IOException {
    Path data = Files.createDirectories(dir.resolve("ml"));
    String huge = "7".repeat(5_000_000);
    Files.write(data.resolve("ratings.dat"), List.of("1::1::5::0", "1::2::" + huge),
        StandardCharsets.ISO_8859_1);
    Files.writeString(data.resolve("movies.dat"), "1::A (2000)::Drama\n2::B (2000)::Comedy\n");
    Path file = scenario("ml", "{\"name\": \"ml\", \"seeds\": 2, \"episodes\": 3,"
        + " \"environments\": [{\"id\": \"churn.movielens\", \"params\": {\"data-dir\": \""
        + data + "\", \"types\": 1, \"categories\": 1}}],"
        + " \"policies\": [\"baseline.random\"], \"metrics\": [\"mean-episode-reward\"]}");

    CliRun run = CliRun.of("run", file.toString(), "--out", dir.resolve("out").toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    try (Stream<Path> files = Files.list(run.runDirectory())) {
      assertThat(files).allSatisfy(f -> {
        assertThat(Files.size(f)).as(f.toString()).isLessThan(100_000);
        assertThat(Files.readString(f, StandardCharsets.ISO_8859_1)).doesNotContain("7777777777");
      });
    }
    assertThat(Files.readString(run.runDirectory().resolve("trials.jsonl")))
        .contains("ratings.dat line 2 is longer than 4096 characters");
  }
}
