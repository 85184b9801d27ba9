package org.recbench.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReportTest {

  private static List<CSVRecord> writeAndParse(Leaderboard leaderboard, Path dir)
      throws IOException {
    Path file = dir.resolve("leaderboard.csv");
    CsvReport.write(leaderboard, file);
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader in = Files.newBufferedReader(file); CSVParser parser = format.parse(in)) {
      assertThat(parser.getHeaderNames()).isEqualTo(CsvReport.COLUMNS);
      return parser.getRecords();
    }
  }

  @Test
  void oneRowPerEnvironmentPolicyMetricAndCheckpoint(@TempDir Path dir) throws IOException {
    List<CSVRecord> records = writeAndParse(SampleLeaderboard.leaderboard(), dir);

    // 2 environments × 5 policies × 3 metrics × 4 checkpoints
    assertThat(records).hasSize(2 * 5 * 3 * 4);
  }

  @Test
  void everyStatFieldReadsBackExactly(@TempDir Path dir) throws IOException {
    Leaderboard leaderboard = SampleLeaderboard.leaderboard();
    List<CSVRecord> records = writeAndParse(leaderboard, dir);

    int i = 0;
    for (EnvironmentBoard board : leaderboard.boards()) {
      for (PolicyRow row : board.rows()) {
        for (String metric : board.metrics()) {
          for (Stat stat : row.metrics().get(metric)) {
            CSVRecord r = records.get(i++);
            assertThat(r.get("environment")).isEqualTo(board.environment());
            assertThat(r.get("policy")).isEqualTo(row.policy());
            assertThat(r.get("metric")).isEqualTo(metric);
            Double p = r.get("p_value_vs_best").isEmpty() ? null
                : Double.valueOf(r.get("p_value_vs_best"));
            Stat parsed = new Stat(Long.parseLong(r.get("at")), Integer.parseInt(r.get("n")),
                Double.parseDouble(r.get("mean")), Double.parseDouble(r.get("sd")),
                Double.parseDouble(r.get("ci_low")), Double.parseDouble(r.get("ci_high")),
                Integer.parseInt(r.get("rank")), p);
            assertThat(parsed).isEqualTo(stat);
          }
        }
      }
    }
  }

  @Test
  void labelsWithCommasAndQuotesSurviveQuoting(@TempDir Path dir) throws IOException {
    List<CSVRecord> records = writeAndParse(SampleLeaderboard.leaderboard(), dir);

    assertThat(records).extracting(r -> r.get("policy")).contains(SampleLeaderboard.HOSTILE);
    assertThat(records.get(0).get("environment")).isEqualTo("bandit.bernoulli[arms=10, gap=0.05]");
  }

  @Test
  void textCellsThatASpreadsheetWouldEvaluateAreNeutralisedAndNumbersAreNot(@TempDir Path dir)
      throws IOException {
    List<String> policies = List.of("=HYPERLINK(\"http://evil\", \"x\")", "+1", "-2", "@SUM(A1)",
        "\tcmd", "bandit.ucb1");
    List<PolicyRow> rows = policies.stream().map(policy -> new PolicyRow(policy, 2, 0,
        Map.of("=cmd|' /C calc'!A0", List.of(new Stat(10, 2, -3.5, 1.0, -12.5, 5.5, 1, null)))))
        .toList();
    Leaderboard leaderboard = new Leaderboard(SampleLeaderboard.run(), List.of(
        new EnvironmentBoard("-env", List.of("=cmd|' /C calc'!A0"), rows)),
        List.of(), List.of());

    List<CSVRecord> records = writeAndParse(leaderboard, dir);

    assertThat(records).extracting(r -> r.get("policy")).containsExactly(
        "'=HYPERLINK(\"http://evil\", \"x\")", "'+1", "'-2", "'@SUM(A1)", "'\tcmd", "bandit.ucb1");
    assertThat(records).allSatisfy(r -> {
      assertThat(r.get("environment")).isEqualTo("'-env");
      assertThat(r.get("metric")).isEqualTo("'=cmd|' /C calc'!A0");
      assertThat(r.get("mean")).isEqualTo("-3.5");
      assertThat(r.get("ci_low")).isEqualTo("-12.5");
    });
  }
}
