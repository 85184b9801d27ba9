package org.recbench.reports;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code leaderboard.csv}: one row per environment × policy × metric × checkpoint with every
 * {@link Stat} field, for spreadsheets, R and pandas. Numbers are written in full precision
 * ({@link Double#toString(double)}); a missing p-value is an empty cell.
 */
public final class CsvReport {

  /** The header row, in column order. */
  public static final List<String> COLUMNS = List.of("environment", "policy", "metric", "at",
      "n", "mean", "sd", "ci_low", "ci_high", "rank", "p_value_vs_best");

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
      .setHeader(COLUMNS.toArray(String[]::new)).setRecordSeparator('\n').get();

  private CsvReport() {}

  /** Writes the leaderboard to {@code file}, replacing it. */
  public static void write(Leaderboard leaderboard, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
      for (EnvironmentBoard board : leaderboard.boards()) {
        for (PolicyRow row : board.rows()) {
          for (String metric : board.metrics()) {
            for (Stat s : row.metrics().getOrDefault(metric, List.of())) {
              csv.printRecord(board.environment(), row.policy(), metric, s.at(), s.n(), s.mean(),
                  s.sd(), s.ciLow(), s.ciHigh(), s.rank(),
                  s.pValueVsBest() == null ? "" : s.pValueVsBest());
            }
          }
        }
      }
    }
  }
}
