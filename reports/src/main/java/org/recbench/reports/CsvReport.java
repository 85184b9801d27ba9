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
 * {@link Stat} field and the metric's unit, direction and summary ({@code mean}: the interval
 * is of the mean; {@code median}: of the median), for spreadsheets, R and pandas. Numbers are
 * written in full precision ({@link Double#toString(double)}); a missing p-value is an empty
 * cell.
 *
 * <p>Labels come from scenario files, which people share, so text cells are neutralised against
 * CSV (formula) injection as OWASP recommends: a cell starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab, a carriage return or a line feed is prefixed with a single quote,
 * so a spreadsheet shows {@code =HYPERLINK(...)} as text instead of evaluating it. Numbers are
 * written as numbers ({@code -3.5} stays a number); only text cells are changed.
 */
public final class CsvReport {

  /** The header row, in column order. */
  public static final List<String> COLUMNS = List.of("environment", "policy", "metric", "unit",
      "direction", "summary", "at", "n", "mean", "sd", "ci_low", "ci_high", "median", "q1", "q3",
      "rank", "top_group", "p_value_vs_best");

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
      .setHeader(COLUMNS.toArray(String[]::new)).setRecordSeparator('\n').get();

  /** First characters that make a spreadsheet read a cell as a formula (OWASP). */
  private static final String FORMULA_STARTS = "=+-@\t\r\n";

  private CsvReport() {}

  /**
   * {@code cell} as a text cell no spreadsheet evaluates: prefixed by {@code '} when needed. For
   * every CSV or TSV file the project writes.
   */
  public static String text(String cell) {
    return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }

  /** Writes the leaderboard to {@code file}, replacing it. */
  public static void write(Leaderboard leaderboard, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
      for (EnvironmentBoard board : leaderboard.boards()) {
        for (PolicyRow row : board.rows()) {
          for (String metric : board.metrics()) {
            MetricInfo info = leaderboard.metric(metric);
            for (Stat s : row.metrics().getOrDefault(metric, List.of())) {
              csv.printRecord(text(board.environment()), text(row.policy()), text(metric),
                  text(info.unit()),
                  info.direction().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                  info.summary().name().toLowerCase(java.util.Locale.ROOT), s.at(), s.n(),
                  s.mean(), s.sd(), s.ciLow(), s.ciHigh(), s.median(), s.q1(), s.q3(), s.rank(),
                  s.topGroup(), s.pValueVsBest() == null ? "" : s.pValueVsBest());
            }
          }
        }
      }
    }
  }
}
