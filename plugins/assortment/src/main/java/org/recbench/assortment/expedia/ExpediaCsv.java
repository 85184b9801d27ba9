package org.recbench.assortment.expedia;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reader of the ICDM 2013 Expedia hotel-search file ({@code train.csv}: a header line, then one
 * comma-separated line per shown hotel, {@code NULL} for a missing value, no quoting). Columns
 * are found by their header names, so extra or reordered columns are fine. A line with the
 * wrong number of fields or an unreadable value fails with the file name, the line number and
 * the column.
 */
public final class ExpediaCsv {

  /** The header names this reader needs. */
  public static final List<String> REQUIRED = List.of("srch_id", "srch_destination_id",
      "prop_id", "visitor_hist_starrating", "visitor_hist_adr_usd", "prop_starrating",
      "prop_review_score", "prop_brand_bool", "prop_location_score1", "prop_location_score2",
      "prop_log_historical_price", "price_usd", "promotion_flag", "srch_length_of_stay",
      "srch_booking_window", "srch_adults_count", "srch_children_count", "srch_room_count",
      "srch_saturday_night_bool", "orig_destination_distance", "position", "click_bool",
      "booking_bool");

  private final Path file;

  /** A reader of {@code file}. */
  public ExpediaCsv(Path file) {
    this.file = file;
  }

  /** The file read. */
  public Path file() {
    return file;
  }

  /** Streams every data line to {@code sink}, in file order. */
  public void forEach(Consumer<ExpediaRow> sink) {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = reader.readLine();
      if (header == null) {
        throw new IllegalArgumentException(file + ": empty file, expected the ICDM 2013 header"
            + " line (srch_id,date_time,...)");
      }
      String[] names = header.split(",", -1);
      Map<String, Integer> index = new HashMap<>();
      for (int c = 0; c < names.length; c++) {
        index.put(names[c].trim(), c);
      }
      int[] columns = new int[REQUIRED.size()];
      for (int k = 0; k < columns.length; k++) {
        Integer c = index.get(REQUIRED.get(k));
        if (c == null) {
          throw new IllegalArgumentException(file + ":1: missing column " + REQUIRED.get(k)
              + " in the header");
        }
        columns[k] = c;
      }
      String line;
      int number = 1;
      double[] values = new double[columns.length];
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isEmpty()) {
          continue;
        }
        String[] fields = line.split(",", -1);
        if (fields.length != names.length) {
          throw new IllegalArgumentException(file + ":" + number + ": expected "
              + names.length + " fields as in the header, found " + fields.length);
        }
        for (int k = 0; k < columns.length; k++) {
          values[k] = parse(fields[columns[k]], REQUIRED.get(k), k < 3, number);
        }
        sink.accept(row(values));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Every data line (for small files and tests). */
  public List<ExpediaRow> readAll() {
    List<ExpediaRow> rows = new ArrayList<>();
    forEach(rows::add);
    return rows;
  }

  private double parse(String field, String column, boolean identifier, int line) {
    String text = field.trim();
    if (text.equals("NULL")) {
      if (identifier) {
        throw new IllegalArgumentException(file + ":" + line + ": column " + column
            + " is NULL, expected an identifier");
      }
      return Double.NaN;
    }
    try {
      double value = Double.parseDouble(text);
      if (!Double.isFinite(value)) {
        throw new NumberFormatException(text);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(file + ":" + line + ": column " + column + ": '"
          + text + "' is neither a number nor NULL");
    }
  }

  private static ExpediaRow row(double[] v) {
    return new ExpediaRow((long) v[0], (long) v[1], (long) v[2], v[3], v[4], v[5], v[6], v[7],
        v[8], v[9], v[10], v[11], v[12], v[13], v[14], v[15], v[16], v[17], v[18], v[19], v[20],
        v[21] == 1.0, v[22] == 1.0);
  }
}
