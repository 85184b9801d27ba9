package org.recbench.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbench.api.Fact;
import org.recbench.api.figure.Axis;
import org.recbench.api.figure.ChartKind;
import org.recbench.api.figure.Figure;
import org.recbench.api.figure.Series;
import org.recbench.reports.json.JsonValueException;
import org.recbench.reports.json.RecordJson;

/**
 * {@link RecordJson} writes the bytes a pretty-printing {@code ObjectMapper} writes for the same
 * records, and reads them back into the records the mapper reads.
 */
class RecordJsonTest {

  private static final ObjectMapper DATABIND =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private static <T> void assertLikeDatabind(T value, Class<T> type) throws Exception {
    String text = RecordJson.pretty(value);
    assertThat(text).isEqualTo(DATABIND.writeValueAsString(value));
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    assertThat(RecordJson.read(bytes, type)).isEqualTo(value)
        .isEqualTo(DATABIND.readValue(bytes, type));
  }

  @Test
  void leaderboardsAreWrittenAndReadAsDatabindDoes() throws Exception {
    assertLikeDatabind(SampleLeaderboard.leaderboard(), Leaderboard.class);
    assertLikeDatabind(SampleLeaderboard.withAnalysesAndFigures(), Leaderboard.class);
  }

  @Test
  void nonFiniteNumbersNullsAndNonAsciiTextAreWrittenAndReadAsDatabindDoes() throws Exception {
    Series series = new Series("r\u00e9gret \ud83d\ude00", new double[] {1, 2},
        new double[] {Double.NaN, Double.POSITIVE_INFINITY}, new double[] {-0.0, 1e-300},
        new double[] {Double.NEGATIVE_INFINITY, 1e300});
    Figure figure = new Figure("f", "t", ChartKind.LINE, Axis.linear("x", ""),
        Axis.log("y", "\u00b5s"), List.of(series, Series.of("plain", new double[0],
        new double[0])), "", "", true);
    EnvironmentBoard board = new EnvironmentBoard("env", List.of("m"), List.of(new PolicyRow(
        "p", 1, 0, Map.of("m", List.of(new Stat(10, 1, Double.NaN, 0, 1, 2, 3, 4, 5, 1, null,
        true))))), List.of(new AnalysisRow("c", "", List.of(new Fact("f", Double.NaN, "")), 3,
        null)), null);
    Leaderboard leaderboard = new Leaderboard(SampleLeaderboard.run(), List.of(board),
        List.of(), List.of(), List.of(figure), SampleLeaderboard.METRICS,
        new AggregateRanking(List.of("a", "b"), "m", List.of(new AggregateRanking.Row("p", 2,
            1.5, 1, Map.of("q", new AggregateRanking.WinTieLoss(1, 0, 1))))));

    assertLikeDatabind(leaderboard, Leaderboard.class);
    assertLikeDatabind(new Comparison("s", "a", "b", "m", List.of("n"), List.of(
        new Comparison.Cell("e", "p", "m", "", "mean", 0, 1, 2, -1, 3, true, false, Double.NaN))),
        Comparison.class);
  }

  @Test
  void aFileIsTheBytesDatabindWritesToAFile(@TempDir Path dir) throws Exception {
    Path ours = dir.resolve("ours.json");
    Path theirs = dir.resolve("theirs.json");

    RecordJson.writePretty(ours, SampleLeaderboard.withAnalysesAndFigures());
    DATABIND.writeValue(theirs.toFile(), SampleLeaderboard.withAnalysesAndFigures());

    assertThat(Files.readAllBytes(ours)).isEqualTo(Files.readAllBytes(theirs));
  }

  @Test
  void aValueOfTheWrongTypeIsRefusedAtItsPath() {
    byte[] json = ("{\"scenario\": \"s\", \"description\": \"\", \"rankBy\": \"r\", "
        + "\"higherIsBetter\": [true], \"checkpointUnit\": \"step\", \"metadata\": {}}")
        .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> RecordJson.read(json, RunInfo.class))
        .isInstanceOfSatisfying(JsonValueException.class, e -> {
          assertThat(e.path()).isEqualTo("$.higherIsBetter");
          assertThat(e.getOriginalMessage())
              .isEqualTo("Cannot deserialize value of type `boolean` from Array value");
          assertThat(e.getLocation().getColumnNr()).isEqualTo(71);
        });
  }

  @Test
  void unknownMembersBadEnumNamesAndRefusedRecordsNameTheirPath() {
    assertThatThrownBy(() -> RecordJson.read("{\"boards\": [], \"extra\": 1}"
        .getBytes(StandardCharsets.UTF_8), AggregateRanking.class))
        .isInstanceOfSatisfying(JsonValueException.class, e -> assertThat(e.path())
            .isEqualTo("$"))
        .hasMessageStartingWith("Unrecognized field \"extra\" (class "
            + AggregateRanking.class.getName() + "), not marked as ignorable");
    assertThatThrownBy(() -> RecordJson.read(("[{\"name\": \"m\", \"unit\": \"\", \"direction\":"
        + " \"UP\", \"summary\": \"MEAN\", \"wallClock\": false}]")
        .getBytes(StandardCharsets.UTF_8), MetricInfo[].class))
        .isInstanceOfSatisfying(JsonValueException.class, e -> assertThat(e.path())
            .isEqualTo("$[0].direction"))
        .hasMessageContaining("not one of the values accepted for Enum class: "
            + "[HIGHER_IS_BETTER, LOWER_IS_BETTER, NEUTRAL]");
    assertThatThrownBy(() -> RecordJson.read("{\"run\": null, \"metrics\": [{\"unit\": \"\"}]}"
        .getBytes(StandardCharsets.UTF_8), Leaderboard.class))
        .isInstanceOfSatisfying(JsonValueException.class, e -> assertThat(e.path())
            .isEqualTo("$.metrics[0]"))
        .hasMessageStartingWith("name");
  }
}
