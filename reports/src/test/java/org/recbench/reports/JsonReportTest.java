package org.recbench.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportTest {

  @Test
  void readsBackIntoAnEqualLeaderboard(@TempDir Path dir) throws IOException {
    Leaderboard leaderboard = SampleLeaderboard.leaderboard();
    Path file = dir.resolve("leaderboard.json");

    JsonReport.write(leaderboard, file);

    assertThat(JsonReport.read(file)).isEqualTo(leaderboard);
  }

  @Test
  void isPrettyPrintedWithNullForMissingPValues(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("leaderboard.json");
    JsonReport.write(SampleLeaderboard.leaderboard(), file);

    String text = Files.readString(file);
    JsonNode best = new ObjectMapper().readTree(text)
        .at("/boards/0/rows/0/metrics/regret/3");

    assertThat(text.lines().count()).isGreaterThan(100);
    assertThat(best.get("pValueVsBest").isNull()).isTrue();
    assertThat(best.get("rank").asInt()).isEqualTo(1);
    assertThat(best.get("at").asLong()).isEqualTo(2000);
  }
}
