package org.recbench.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recbench.app.TrialLines.withoutTimings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbench.core.store.ResultStore;

/**
 * The CLI with {@code --engine spark --master local[2]} against the local engine on bundled
 * scenarios: the same {@code trials.jsonl} (timings aside), resume, failed trials. One Spark
 * session for the class, which the engine finds and leaves running.
 */
class SparkEngineEndToEndTest {

  private static final String QUICKSTART = "../scenarios/quickstart.json";
  private static final String CHURN = "../scenarios/churn/myopic-gap.json";
  private static final String FLAKY = "src/test/resources/scenarios/flaky.json";
  private static final String MASTER = "local[2]";

  private static SparkSession session;

  @TempDir
  Path out;

  @BeforeAll
  static void startSpark() {
    session = SparkSession.builder().master(MASTER).appName("SparkEngineEndToEndTest")
        .config("spark.ui.enabled", "false").getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    session.stop();
  }

  private CliRun local(String scenario, String name, String... extra) {
    return CliRun.of(concat(new String[] {"run", scenario, "--threads", "2", "--out",
        out.resolve(name).toString()}, extra));
  }

  private CliRun spark(String scenario, String name, String... extra) {
    return CliRun.of(concat(new String[] {"run", scenario, "--engine", "spark", "--master",
        MASTER, "--out", out.resolve(name).toString()}, extra));
  }

  @Test
  void theQuickstartOnSparkWritesTheLocalEnginesTrialsAndRecordsTheEngine() throws IOException {
    CliRun local = local(QUICKSTART, "local");
    CliRun spark = spark(QUICKSTART, "spark");

    assertThat(spark.exitCode()).as(spark.err()).isZero();
    assertThat(spark.out()).contains("180 trials (0 already done)")
        .contains("spark engine on local[2], 2 workers");
    assertThat(withoutTimings(spark.runDirectory().resolve(ResultStore.TRIALS_FILE)))
        .hasSize(180)
        .isEqualTo(withoutTimings(local.runDirectory().resolve(ResultStore.TRIALS_FILE)));
    String run = Files.readString(spark.runDirectory().resolve(ResultStore.RUN_FILE));
    assertThat(run).contains("\"engine\" : \"spark\"", "\"master\" : \"local[2]\"",
        "\"parallelism\" : 2");
  }

  @Test
  void aChurnScenarioOnSparkWritesTheLocalEnginesTrials() throws IOException {
    CliRun local = local(CHURN, "local");
    CliRun spark = spark(CHURN, "spark");

    assertThat(spark.exitCode()).as(spark.err()).isZero();
    assertThat(withoutTimings(spark.runDirectory().resolve(ResultStore.TRIALS_FILE)))
        .hasSize(120)
        .isEqualTo(withoutTimings(local.runDirectory().resolve(ResultStore.TRIALS_FILE)));
  }

  @Test
  void aResumeOnSparkRunsOnlyTheTrialsThatAreNotFinished() throws IOException {
    Path full = spark(QUICKSTART, "full", "--seeds", "4").runDirectory();
    Path interrupted = Files.createDirectories(out.resolve("interrupted"));
    Files.copy(full.resolve(ResultStore.RUN_FILE), interrupted.resolve(ResultStore.RUN_FILE));
    byte[] trials = Files.readAllBytes(full.resolve(ResultStore.TRIALS_FILE));
    byte[] part = Arrays.copyOf(trials, trials.length / 3);
    Files.write(interrupted.resolve(ResultStore.TRIALS_FILE), part);
    long kept = new String(part, StandardCharsets.UTF_8).chars().filter(c -> c == '\n')
        .count();

    CliRun resumed = CliRun.of("run", QUICKSTART, "--seeds", "4", "--engine", "spark",
        "--master", MASTER, "--resume", interrupted.toString());

    assertThat(resumed.exitCode()).as(resumed.err()).isZero();
    assertThat(kept).isPositive();
    assertThat(resumed.out()).contains("36 trials (" + kept + " already done)")
        .contains((36 - kept) + " trials ok, 0 failed");
    assertThat(withoutTimings(interrupted.resolve(ResultStore.TRIALS_FILE)))
        .isEqualTo(withoutTimings(full.resolve(ResultStore.TRIALS_FILE)));
  }

  @Test
  void aPolicyThatThrowsOnSomeSeedsGivesTheSameFailedTrialsOnBothEngines() throws IOException {
    CliRun local = local(FLAKY, "local");
    CliRun spark = spark(FLAKY, "spark");

    assertThat(local.exitCode()).isEqualTo(1);
    assertThat(spark.exitCode()).as(spark.err()).isEqualTo(1);
    List<String> sparkTrials = withoutTimings(spark.runDirectory()
        .resolve(ResultStore.TRIALS_FILE));
    List<String> failed = sparkTrials.stream().filter(l -> l.contains("\"status\":\"failed\""))
        .toList();
    assertThat(failed).isNotEmpty().hasSizeLessThan(8)
        .allSatisfy(l -> assertThat(l).contains("flaky policy gave up"));
    assertThat(sparkTrials).hasSize(16)
        .isEqualTo(withoutTimings(local.runDirectory().resolve(ResultStore.TRIALS_FILE)));
  }

  private static String[] concat(String[] first, String[] second) {
    String[] all = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }
}
