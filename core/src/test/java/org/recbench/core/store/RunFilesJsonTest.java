package org.recbench.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbench.core.driver.RunDriver;
import org.recbench.core.engine.EngineSettings;
import org.recbench.core.engine.LocalEngineProvider;
import org.recbench.core.plan.Planner;
import org.recbench.core.run.TestSpecs;
import org.recbench.core.scenario.ScenarioLoader;
import org.recbench.core.stats.ConfidenceMethod;
import org.recbench.reports.JsonReport;
import org.recbench.reports.Leaderboard;

/**
 * The files of a real run (trials, an analysis, figures, two policies) are the bytes Jackson's
 * {@code ObjectMapper}, configured as the store and the JSON report configured it, writes for
 * the same values, and read back into the values it reads: the streaming writers and readers
 * changed no on-disk format.
 */
class RunFilesJsonTest {

  /** How {@code TrialJson} and {@code AnalysisJson} wrote and read lines with databind. */
  private static final ObjectMapper LINES = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
      .build();
  /** How {@code ResultStore} and {@code JsonReport} wrote and read records with databind. */
  private static final ObjectMapper PRETTY = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  @TempDir
  static Path root;

  private static Path run;

  @BeforeAll
  static void runAScenario() throws Exception {
    String json = "{\"name\": \"files\", \"description\": \"caf\u00e9 \u2192 r\u00e9sum\u00e9\", "
        + "\"seeds\": 3, \"horizon\": 40, \"checkpoints\": [10, 40], \"environments\": "
        + "[\"test.counting\"], \"policies\": [\"test.round-robin\", {\"id\": \"test.greedy\", "
        + "\"label\": \"greedy\", \"params\": {\"epsilon\": 0.1}}], \"metrics\": [\"reward\", "
        + "\"steps\"], \"leaderboard\": {\"rank-by\": \"reward\"}}";
    run = new RunDriver(TestSpecs.catalog(), ConfidenceMethod.T).run(
        new Planner(TestSpecs.catalog()).plan(new ScenarioLoader(TestSpecs.catalog())
            .parse(json, root.resolve("files.json"))),
        RunDriver.Target.fresh(root.resolve("results")), new LocalEngineProvider(),
        new EngineSettings(2, null), new RunDriver.Listener() {}).directory();
  }

  @Test
  void runJsonIsWhatDatabindWritesAndReadsTheSameMetadata() throws Exception {
    byte[] stored = Files.readAllBytes(run.resolve(ResultStore.RUN_FILE));
    RunMetadata metadata = ResultStore.readMetadata(run);
    Path databind = root.resolve("databind-run.json");
    PRETTY.writeValue(databind.toFile(), metadata);

    assertThat(metadata.figures()).isEmpty();
    assertThat(metadata.description()).contains("\u2192");
    assertThat(stored).isEqualTo(Files.readAllBytes(databind));
    assertThat(PRETTY.readValue(stored, RunMetadata.class)).isEqualTo(metadata);
  }

  @Test
  void leaderboardJsonIsWhatDatabindWritesAndReadsTheSameLeaderboard() throws Exception {
    Path file = run.resolve("leaderboard.json");
    Leaderboard leaderboard = JsonReport.read(file);

    assertThat(leaderboard.figures()).isNotEmpty();
    assertThat(leaderboard.boards().get(0).analyses()).isNotEmpty();
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo(PRETTY.writeValueAsString(leaderboard) + "\n");
    assertThat(PRETTY.readValue(file.toFile(), Leaderboard.class)).isEqualTo(leaderboard);
  }

  @Test
  void trialAndAnalysisLinesAreWhatDatabindWritesAndReadTheSameTrees() throws Exception {
    List<String> trials = Files.readAllLines(run.resolve(ResultStore.TRIALS_FILE));
    List<String> analyses = Files.readAllLines(run.resolve(ResultStore.ANALYSES_FILE));

    assertThat(trials).hasSize(6);
    assertThat(analyses).isNotEmpty();
    for (String line : trials) {
      assertSameAsDatabind(line);
      assertThat(TrialJson.write(TrialJson.read(line))).isEqualTo(line);
    }
    for (String line : analyses) {
      assertSameAsDatabind(line);
      assertThat(AnalysisJson.write(AnalysisJson.read(line))).isEqualTo(line);
    }
  }

  private static void assertSameAsDatabind(String line) throws Exception {
    ObjectNode tree = (ObjectNode) TrialJson.parseObject(line);
    assertThat(tree).isEqualTo(LINES.readTree(line));
    assertThat(TrialJson.line(tree, "a line")).isEqualTo(LINES.writeValueAsString(tree));
  }
}
