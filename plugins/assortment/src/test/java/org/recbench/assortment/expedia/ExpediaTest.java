package org.recbench.assortment.expedia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExpediaTest {

  @TempDir
  Path dir;

  @Test
  void loaderKeepsTheTopDestinationWithNormalisedCompleteFeatures() {
    Path file = ExpediaFixture.write(dir.resolve("train.csv"), 120, 1);
    ExpediaData data = ExpediaPreprocessing.load(file, ExpediaPreprocessing.Settings.defaults());
    assertThat(data.destination()).isEqualTo(ExpediaFixture.TOP);
    assertThat(data.searches()).isEqualTo(120);
    assertThat(data.hotelCount()).isEqualTo(ExpediaFixture.TOP_HOTELS);
    assertThat(data.userFeatures()).contains("visitor_hist_starrating",
        "log1p(visitor_hist_adr_usd)", "srch_length_of_stay", "srch_booking_window",
        "log1p(orig_destination_distance)");
    assertThat(data.hotelFeatures()).contains("prop_location_score1",
        "prop_log_historical_price", "prop_location_score2", "prop_starrating=4",
        "prop_review_score in 4.5-5");
    assertThat(data.hotelFeatures()).doesNotContain("prop_starrating", "prop_review_score");
    assertStandardised(data.users(), data.searches(), data.userDimension(), 1e-9);
    for (double v : data.hotels()) {
      assertThat(v).isBetween(-3.0, 3.0).isNotNaN();
    }
    for (int s = 0; s < data.searches(); s++) {
      int size = data.offerStart()[s + 1] - data.offerStart()[s];
      assertThat(size).isBetween(8, 12);
    }
    double[] user = new double[data.userDimension()];
    data.drawUser(new java.util.SplittableRandom(5), user);
    boolean found = false;
    for (int s = 0; s < data.searches() && !found; s++) {
      found = Arrays.equals(user, Arrays.copyOfRange(data.users(), s * user.length,
          (s + 1) * user.length));
    }
    assertThat(found).as("a resampled user is one of the searches").isTrue();
  }

  private static void assertStandardised(double[] values, int rows, int columns, double tol) {
    for (int c = 0; c < columns; c++) {
      double mean = 0.0;
      double ss = 0.0;
      for (int r = 0; r < rows; r++) {
        assertThat(values[r * columns + c]).isNotNaN();
        mean += values[r * columns + c];
      }
      mean /= rows;
      for (int r = 0; r < rows; r++) {
        ss += (values[r * columns + c] - mean) * (values[r * columns + c] - mean);
      }
      assertThat(mean).isCloseTo(0.0, within(tol));
      assertThat(ss / rows).isCloseTo(1.0, within(1e-9));
    }
  }

  @Test
  void choiceIsTheBookingElseTheTopClickElseNone() throws IOException {
    String comps = "NULL,".repeat(24);
    List<String> lines = new ArrayList<>();
    lines.add(ExpediaFixture.HEADER);
    // search 1: click at position 2, booking at position 3; search 2: clicks at 4 and 2;
    // search 3: nothing
    int[][] clickBook = {{0, 0}, {1, 0}, {1, 1}, {0, 0}, {0, 0}, {1, 0}, {0, 0}, {1, 0},
        {0, 0}, {0, 0}, {0, 0}, {0, 0}};
    int row = 0;
    for (int search = 1; search <= 3; search++) {
      for (int position = 1; position <= 4; position++) {
        int[] cb = clickBook[row++];
        lines.add(search + ",2013-01-01 10:00:00,1,1,NULL,NULL,1," + (10 + position)
            + ",3,4,1,2.5,0.1,5.0," + position + ",100,0,7,2,10,2,0,1,0,NULL,100,0," + comps
            + cb[0] + "," + (cb[1] == 1 ? "99" : "NULL") + "," + cb[1]);
      }
    }
    Path file = Files.write(dir.resolve("choices.csv"), lines);
    ExpediaData data = ExpediaPreprocessing.load(file, ExpediaPreprocessing.Settings.defaults());
    long[] ids = data.hotelIds();
    assertThat(ids).containsExactly(11, 12, 13, 14);
    assertThat(data.chosen()).containsExactly(2, 1, -1);
  }

  @Test
  void malformedLinesNameTheFileAndLine() throws IOException {
    Path good = ExpediaFixture.write(dir.resolve("good.csv"), 5, 2);
    List<String> lines = new ArrayList<>(Files.readAllLines(good));
    lines.set(4, lines.get(4).substring(0, lines.get(4).lastIndexOf(',')));
    Path shortLine = Files.write(dir.resolve("short.csv"), lines);
    assertThatThrownBy(() -> new ExpediaCsv(shortLine).readAll())
        .hasMessageContaining("short.csv:5: expected 54 fields as in the header, found 53");

    lines = new ArrayList<>(Files.readAllLines(good));
    String[] fields = lines.get(2).split(",", -1);
    fields[8] = "abc";
    lines.set(2, String.join(",", fields));
    Path badNumber = Files.write(dir.resolve("number.csv"), lines);
    assertThatThrownBy(() -> new ExpediaCsv(badNumber).readAll())
        .hasMessageContaining("number.csv:3: column prop_starrating: 'abc' is neither a number"
            + " nor NULL");

    lines = new ArrayList<>(Files.readAllLines(good));
    fields = lines.get(6).split(",", -1);
    fields[0] = "NULL";
    lines.set(6, String.join(",", fields));
    Path nullId = Files.write(dir.resolve("id.csv"), lines);
    assertThatThrownBy(() -> new ExpediaCsv(nullId).readAll())
        .hasMessageContaining("id.csv:7: column srch_id is NULL, expected an identifier");

    lines = new ArrayList<>(Files.readAllLines(good));
    lines.set(0, lines.get(0).replace(",booking_bool", ",booked"));
    Path header = Files.write(dir.resolve("header.csv"), lines);
    assertThatThrownBy(() -> new ExpediaCsv(header).readAll())
        .hasMessageContaining("header.csv:1: missing column booking_bool");

    Path empty = Files.write(dir.resolve("empty.csv"), new byte[0]);
    assertThatThrownBy(() -> ExpediaPreprocessing.load(empty,
        ExpediaPreprocessing.Settings.defaults())).hasMessageContaining("empty.csv: empty file");
  }

  @Test
  void columnsMissingTooOftenAreDropped() {
    Path file = ExpediaFixture.write(dir.resolve("train.csv"), 60, 3);
    ExpediaData data = ExpediaPreprocessing.load(file,
        new ExpediaPreprocessing.Settings(0.5, 4, 20, 3.0));
    // the visitor history is missing in about 70% of searches, the distance in about 40%
    assertThat(data.userFeatures()).doesNotContain("visitor_hist_starrating",
        "log1p(visitor_hist_adr_usd)").contains("log1p(orig_destination_distance)");
  }
}
