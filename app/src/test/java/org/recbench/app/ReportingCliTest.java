package org.recbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbench.core.store.BuildInfo;

/**
 * The reporting commands on real runs of the quickstart: {@code compare}, {@code report
 * --aggregate}, {@code run --set}, {@code trials.csv}, the provenance in {@code run.json}, and
 * the small CLI contracts ({@code validate} per pair, {@code list} with no match, {@code --ci}
 * in any case).
 */
class ReportingCliTest {

  private static final String QUICKSTART = "../scenarios/quickstart.json";
  /** UCB1 with a ten times larger exploration constant, under its default label. */
  private static final String UCB1_C_20 = "policies=[\"bandit.*\", {\"id\": \"bandit.ucb1\", "
      + "\"label\": \"bandit.ucb1\", \"params\": {\"c\": 20}}]";

  @TempDir
  static Path dir;
  private static Path before;
  private static Path after;

  @BeforeAll
  static void runTheQuickstartBeforeAndAfterChangingUcb1() {
    CliRun a = CliRun.of("run", QUICKSTART, "--out", dir.resolve("a").toString());
    CliRun b = CliRun.of("run", QUICKSTART, "--out", dir.resolve("b").toString(), "--set",
        UCB1_C_20, "--ci", "bootstrap");
    assertThat(a.exitCode()).as(a.err()).isZero();
    assertThat(b.exitCode()).as(b.err()).isZero();
    before = a.runDirectory();
    after = b.runDirectory();
  }

  @Test
  void compareFlagsExactlyTheUcb1CellsWhenOnlyUcb1Changed() throws IOException {
    CliRun compare = CliRun.of("compare", before.toString(), after.toString(), "--out",
        dir.resolve("compare").toString());

    assertThat(compare.exitCode()).as(compare.err()).isZero();
    List<CSVRecord> moved;
    try (CSVParser csv = CSVParser.parse(dir.resolve("compare/compare.csv"),
        java.nio.charset.StandardCharsets.UTF_8,
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
      List<CSVRecord> cells = csv.getRecords();
      assertThat(cells).as("9 pairs (4 policies on Bernoulli, 5 on Gaussian), regret and reward")
          .hasSize(9 * 2);
      moved = cells.stream().filter(r -> r.get("moved").equals("true")).toList();
    }
    assertThat(moved).extracting(r -> r.get("policy")).containsOnly("bandit.ucb1");
    assertThat(moved).extracting(r -> r.get("environment") + " " + r.get("metric"))
        .containsExactlyInAnyOrder("bandit.bernoulli[arms=10] regret",
            "bandit.bernoulli[arms=10] reward", "bandit.gaussian[arms=10, sigma=1] regret",
            "bandit.gaussian[arms=10, sigma=1] reward");
    assertThat(compare.out()).contains("parameters differ under the same label: bandit.ucb1",
        "left out, as they measure wall time on this machine: decision-time",
        "4 of 18 cells moved");
    assertThat(Files.readString(dir.resolve("compare/compare.html")))
        .contains("Moved cells (4)");
  }

  @Test
  void compareExitsWithOneWhenARegressionCrossesTheThresholdAndNeverForARunWithItself() {
    CliRun gated = CliRun.of("compare", before.toString(), after.toString(), "--out",
        dir.resolve("gated").toString(), "--max-regression", "5");
    CliRun same = CliRun.of("compare", before.toString(), before.toString(), "--out",
        dir.resolve("same").toString(), "--max-regression", "0");

    assertThat(gated.exitCode()).isEqualTo(1);
    assertThat(gated.out()).contains("got worse by more than 5.0%");
    assertThat(same.exitCode()).isZero();
    assertThat(same.out()).contains("no cell moved beyond its 95% confidence interval");
  }

  @Test
  void runJsonRecordsTheSetKeysTheBuildsCommitAndThePluginsWithVersions() throws IOException {
    JsonNode metadata = new ObjectMapper().readTree(after.resolve("run.json").toFile());

    assertThat(metadata.at("/overrides/policies").textValue()).isEqualTo(
        UCB1_C_20.substring("policies=".length()));
    assertThat(metadata.get("gitCommit").textValue()).isEqualTo(BuildInfo.gitCommit())
        .matches("[0-9a-f]{40}|unknown");
    assertThat(metadata.get("gitDirty").isBoolean() || metadata.get("gitDirty").isNull())
        .isTrue();
    assertThat(metadata.get("plugins").findValuesAsText("name"))
        .contains("bandits", "baselines", "churn", "sarsop");
    assertThat(metadata.get("plugins").findValuesAsText("version")).doesNotContain("");
  }

  @Test
  void trialsCsvHasOneRowPerTrialCheckpointAndMetricWithParameterColumns() throws IOException {
    try (CSVParser csv = CSVParser.parse(before.resolve("trials.csv"),
        java.nio.charset.StandardCharsets.UTF_8,
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
      assertThat(csv.getHeaderNames()).startsWith("environment", "environment_id", "policy",
          "policy_id", "seed", "at", "metric", "entry", "value", "unit")
          .contains("environment.arms", "environment.sigma", "policy.c", "policy.epsilon");
      List<CSVRecord> rows = csv.getRecords();
      assertThat(rows).hasSize(180 * 6 * 3);
      assertThat(rows).filteredOn(r -> r.get("metric").equals("decision-time"))
          .allSatisfy(r -> assertThat(r.get("unit")).isEqualTo("µs"));
      assertThat(rows).filteredOn(r -> r.get("policy_id").equals("bandit.ucb1"))
          .allSatisfy(r -> assertThat(r.get("policy.c")).isEqualTo("2.0"));
    }
  }

  @Test
  void aggregateRanksThePoliciesAcrossTheBoardsOfBothRuns() throws IOException {
    Path out = dir.resolve("aggregate");
    CliRun aggregate = CliRun.of("report", before.toString(), after.toString(), "--aggregate",
        "--out", out.toString());

    assertThat(aggregate.exitCode()).as(aggregate.err()).isZero();
    JsonNode ranking = new ObjectMapper().readTree(out.resolve("aggregate.json").toFile());
    assertThat(ranking.get("boards")).hasSize(4);
    assertThat(ranking.get("rows").get(ranking.get("rows").size() - 1).get("policy")
        .textValue()).isEqualTo("bandit.uniform");
    JsonNode uniform = ranking.get("rows").get(ranking.get("rows").size() - 1);
    assertThat(uniform.get("boards").intValue()).isEqualTo(4);
    assertThat(uniform.get("meanRank").doubleValue()).as("last of 4 on Bernoulli, of 5 on Gaussian")
        .isEqualTo(4.5);
    assertThat(uniform.at("/versus/bandit.epsilon-greedy/losses").intValue()).isEqualTo(4);
  }

  @Test
  void validateListsThePlannedTrialsOfEveryPair() {
    CliRun validate = CliRun.of("validate", QUICKSTART);

    assertThat(validate.exitCode()).isZero();
    assertThat(validate.out()).contains("ok, 180 trials",
        "  bandit.bernoulli[arms=10] x bandit.ucb1: 20 trials (seeds 0-19), metrics regret, "
            + "reward, decision-time");
    assertThat(validate.out().lines().filter(l -> l.contains(" x bandit."))).hasSize(10);
  }

  @Test
  void listWithAGlobThatMatchesNothingSaysSoAndExitsWithTwo() {
    CliRun list = CliRun.of("list", "nosuch*");

    assertThat(list.exitCode()).isEqualTo(2);
    assertThat(list.err()).contains("no component id matches 'nosuch*'");
  }

  @Test
  void ciMethodIsAcceptedInAnyCaseAndAWrongOneIsBadInput() {
    assertThat(CliRun.of("report", before.toString(), "--ci", "Bootstrap").exitCode()).isZero();
    CliRun wrong = CliRun.of("report", before.toString(), "--ci", "normal");
    assertThat(wrong.exitCode()).isEqualTo(2);
    assertThat(wrong.err()).contains("expected one of t, bootstrap, found 'normal'");
  }

  @Test
  void setOfAnUnknownKeyOrAnInvalidValueIsBadInputNamingTheKey() {
    CliRun unknown = CliRun.of("run", QUICKSTART, "--out", dir.resolve("x").toString(),
        "--set", "horizn=10");
    CliRun invalid = CliRun.of("run", QUICKSTART, "--out", dir.resolve("x").toString(),
        "--set", "seeds=0");

    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("--set horizn: not a top-level scenario key",
        "did you mean horizon");
    assertThat(invalid.exitCode()).isEqualTo(2);
    assertThat(invalid.err()).contains("$.seeds: expected an integer >= 1, found integer 0");
  }
}
