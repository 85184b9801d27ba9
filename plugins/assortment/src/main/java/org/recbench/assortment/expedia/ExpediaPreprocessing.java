package org.recbench.assortment.expedia;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.DoublePredicate;
import java.util.function.ToDoubleFunction;

/**
 * The preprocessing of paper 003, Sec. 5.2, from {@code train.csv} to {@link ExpediaData}:
 * <ol>
 *   <li>keep the destination with the most searches (ties: the smallest id);</li>
 *   <li>user features per search: visitor_hist_starrating, log(1 + visitor_hist_adr_usd),
 *       srch_length_of_stay, srch_booking_window, srch_adults_count, srch_children_count,
 *       srch_room_count, srch_saturday_night_bool, log(1 + orig_destination_distance);
 *       hotel features: prop_starrating, prop_review_score, prop_brand_bool,
 *       prop_location_score1, prop_location_score2, prop_log_historical_price,
 *       log(1 + price_usd), promotion_flag, each the mean over the hotel's rows;</li>
 *   <li>drop a column missing in more than {@code maxMissingFraction} of the searches (user) or
 *       rows (hotel);</li>
 *   <li>impute a user column's missing values by a regression tree on the complete user
 *       columns; a hotel with no value gets the mean over hotels;</li>
 *   <li>discretise the star rating (rounded: indicators of 3, 4 and 5 stars) and the review score
 *       (rounded to 0.5: indicators of 3.5–4 and 4.5–5);</li>
 *   <li>normalise every feature to mean 0 and variance 1 (users over searches, hotels over
 *       hotels; constant features are dropped) and truncate hotel features to
 *       [−truncation, truncation];</li>
 *   <li>the choice of a search is its booked hotel, else its clicked hotel shown highest, else
 *       no purchase.</li>
 * </ol>
 * The feature list, thresholds and categories are our reading of Table 1, which our copy of the
 * paper does not reproduce (module README).
 */
public final class ExpediaPreprocessing {

  /**
   * Preprocessing options.
   *
   * @param maxMissingFraction columns missing more often than this are dropped
   * @param treeDepth depth of the imputation trees
   * @param treeMinLeaf minimum leaf size of the imputation trees
   * @param truncation bound of the normalised hotel features
   */
  public record Settings(double maxMissingFraction, int treeDepth, int treeMinLeaf,
      double truncation) {

    /** Validates the ranges. */
    public Settings {
      if (!(maxMissingFraction >= 0.0 && maxMissingFraction < 1.0) || treeDepth < 0
          || treeMinLeaf < 1 || !(truncation > 0.0)) {
        throw new IllegalArgumentException("Expedia preprocessing needs maxMissingFraction in"
            + " [0, 1), treeDepth ≥ 0, treeMinLeaf ≥ 1 and truncation > 0, got "
            + maxMissingFraction + ", " + treeDepth + ", " + treeMinLeaf + ", " + truncation);
      }
    }

    /** 95% missing at most, depth-4 trees with leaves of 20, truncation at 3. */
    public static Settings defaults() {
      return new Settings(0.95, 4, 20, 3.0);
    }
  }

  private record Column(String name, ToDoubleFunction<ExpediaRow> value) {
  }

  private static final List<Column> USER_COLUMNS = List.of(
      new Column("visitor_hist_starrating", ExpediaRow::visitorHistStarRating),
      new Column("log1p(visitor_hist_adr_usd)", r -> Math.log1p(r.visitorHistAdrUsd())),
      new Column("srch_length_of_stay", ExpediaRow::lengthOfStay),
      new Column("srch_booking_window", ExpediaRow::bookingWindow),
      new Column("srch_adults_count", ExpediaRow::adultsCount),
      new Column("srch_children_count", ExpediaRow::childrenCount),
      new Column("srch_room_count", ExpediaRow::roomCount),
      new Column("srch_saturday_night_bool", ExpediaRow::saturdayNightBool),
      new Column("log1p(orig_destination_distance)",
          r -> Math.log1p(r.originDestinationDistance())));

  private static final String STARS = "prop_starrating";
  private static final String REVIEW = "prop_review_score";

  private static final List<Column> HOTEL_COLUMNS = List.of(
      new Column(STARS, ExpediaRow::propStarRating),
      new Column(REVIEW, ExpediaRow::propReviewScore),
      new Column("prop_brand_bool", ExpediaRow::propBrandBool),
      new Column("prop_location_score1", ExpediaRow::propLocationScore1),
      new Column("prop_location_score2", ExpediaRow::propLocationScore2),
      new Column("prop_log_historical_price", ExpediaRow::propLogHistoricalPrice),
      new Column("log1p(price_usd)", r -> Math.log1p(r.priceUsd())),
      new Column("promotion_flag", ExpediaRow::promotionFlag));

  private ExpediaPreprocessing() {
  }

  /** Reads {@code file} twice: once to find the top destination, once to keep its rows. */
  public static ExpediaData load(Path file, Settings settings) {
    ExpediaCsv csv = new ExpediaCsv(file);
    Map<Long, Set<Long>> searches = new HashMap<>();
    csv.forEach(row -> searches.computeIfAbsent(row.destinationId(), d -> new HashSet<>())
        .add(row.searchId()));
    if (searches.isEmpty()) {
      throw new IllegalArgumentException(file + ": no data lines after the header");
    }
    long top = Long.MAX_VALUE;
    int most = -1;
    for (Map.Entry<Long, Set<Long>> e : searches.entrySet()) {
      int count = e.getValue().size();
      if (count > most || (count == most && e.getKey() < top)) {
        most = count;
        top = e.getKey();
      }
    }
    long destination = top;
    List<ExpediaRow> rows = new ArrayList<>();
    csv.forEach(row -> {
      if (row.destinationId() == destination) {
        rows.add(row);
      }
    });
    return build(file, destination, rows, settings);
  }

  /** Preprocesses the rows of one destination. */
  static ExpediaData build(Path source, long destination, List<ExpediaRow> rows,
      Settings settings) {
    Map<Long, List<ExpediaRow>> bySearch = new LinkedHashMap<>();
    TreeMap<Long, Integer> hotelIndex = new TreeMap<>();
    for (ExpediaRow row : rows) {
      bySearch.computeIfAbsent(row.searchId(), s -> new ArrayList<>()).add(row);
      hotelIndex.put(row.propertyId(), 0);
    }
    long[] hotelIds = new long[hotelIndex.size()];
    int h = 0;
    for (Map.Entry<Long, Integer> e : hotelIndex.entrySet()) {
      hotelIds[h] = e.getKey();
      e.setValue(h++);
    }
    List<List<ExpediaRow>> searches = new ArrayList<>(bySearch.values());
    Table users = userTable(searches, settings);
    Table hotels = hotelTable(rows, hotelIndex, settings);
    int[] offerStart = new int[searches.size() + 1];
    List<Integer> offered = new ArrayList<>();
    int[] chosen = new int[searches.size()];
    for (int s = 0; s < searches.size(); s++) {
      offerStart[s] = offered.size();
      Set<Integer> seen = new HashSet<>();
      for (ExpediaRow row : searches.get(s)) {
        int index = hotelIndex.get(row.propertyId());
        if (seen.add(index)) {
          offered.add(index);
        }
      }
      chosen[s] = choice(searches.get(s), hotelIndex);
    }
    offerStart[searches.size()] = offered.size();
    return new ExpediaData(source, destination, users.names(), hotels.names(), users.values(),
        hotelIds, hotels.values(), offerStart,
        offered.stream().mapToInt(Integer::intValue).toArray(), chosen);
  }

  /** Booked hotel, else the clicked one shown highest, else −1. */
  private static int choice(List<ExpediaRow> search, Map<Long, Integer> hotelIndex) {
    ExpediaRow best = null;
    for (ExpediaRow row : search) {
      if (row.booked()) {
        return hotelIndex.get(row.propertyId());
      }
      if (row.clicked() && (best == null || position(row) < position(best))) {
        best = row;
      }
    }
    return best == null ? -1 : hotelIndex.get(best.propertyId());
  }

  private static double position(ExpediaRow row) {
    return Double.isNaN(row.position()) ? Double.POSITIVE_INFINITY : row.position();
  }

  /** A column-major feature table with names. */
  private record Table(List<String> names, List<double[]> columns) {
    double[] values() {
      int n = columns.isEmpty() ? 0 : columns.get(0).length;
      double[] out = new double[n * columns.size()];
      for (int c = 0; c < columns.size(); c++) {
        for (int i = 0; i < n; i++) {
          out[i * columns.size() + c] = columns.get(c)[i];
        }
      }
      return out;
    }
  }

  private static Table userTable(List<List<ExpediaRow>> searches, Settings settings) {
    int n = searches.size();
    List<String> names = new ArrayList<>();
    List<double[]> columns = new ArrayList<>();
    for (Column column : USER_COLUMNS) {
      double[] values = new double[n];
      int missing = 0;
      for (int s = 0; s < n; s++) {
        values[s] = column.value().applyAsDouble(searches.get(s).get(0));
        if (Double.isNaN(values[s])) {
          missing++;
        }
      }
      if (missing <= settings.maxMissingFraction() * n) {
        names.add(column.name());
        columns.add(values);
      }
    }
    impute(columns, settings);
    return normalise(names, columns, Double.POSITIVE_INFINITY);
  }

  /** Fills each incomplete column by a regression tree on the complete ones (or its mean). */
  private static void impute(List<double[]> columns, Settings settings) {
    List<double[]> complete = new ArrayList<>();
    for (double[] column : columns) {
      if (countMissing(column) == 0) {
        complete.add(column);
      }
    }
    for (double[] column : columns) {
      if (countMissing(column) == 0) {
        continue;
      }
      int observed = column.length - countMissing(column);
      if (complete.isEmpty()) {
        double mean = nanMean(column);
        for (int s = 0; s < column.length; s++) {
          if (Double.isNaN(column[s])) {
            column[s] = mean;
          }
        }
        continue;
      }
      double[][] x = new double[observed][];
      double[] y = new double[observed];
      int k = 0;
      for (int s = 0; s < column.length; s++) {
        if (!Double.isNaN(column[s])) {
          x[k] = predictors(complete, s);
          y[k++] = column[s];
        }
      }
      RegressionTree tree = RegressionTree.fit(x, y, settings.treeDepth(),
          settings.treeMinLeaf());
      for (int s = 0; s < column.length; s++) {
        if (Double.isNaN(column[s])) {
          column[s] = tree.predict(predictors(complete, s));
        }
      }
    }
  }

  private static double[] predictors(List<double[]> complete, int row) {
    double[] x = new double[complete.size()];
    for (int c = 0; c < x.length; c++) {
      x[c] = complete.get(c)[row];
    }
    return x;
  }

  private static Table hotelTable(List<ExpediaRow> rows, Map<Long, Integer> hotelIndex,
      Settings settings) {
    int n = hotelIndex.size();
    List<String> names = new ArrayList<>();
    List<double[]> columns = new ArrayList<>();
    for (Column column : HOTEL_COLUMNS) {
      double[] sum = new double[n];
      int[] count = new int[n];
      int missing = 0;
      for (ExpediaRow row : rows) {
        double v = column.value().applyAsDouble(row);
        if (Double.isNaN(v)) {
          missing++;
        } else {
          int h = hotelIndex.get(row.propertyId());
          sum[h] += v;
          count[h]++;
        }
      }
      if (missing > settings.maxMissingFraction() * rows.size()) {
        continue;
      }
      double[] mean = new double[n];
      for (int h = 0; h < n; h++) {
        mean[h] = count[h] == 0 ? Double.NaN : sum[h] / count[h];
      }
      double overall = nanMean(mean);
      for (int h = 0; h < n; h++) {
        if (Double.isNaN(mean[h])) {
          mean[h] = overall;
        }
      }
      switch (column.name()) {
        case STARS -> {
          for (int stars = 3; stars <= 5; stars++) {
            long level = stars;
            names.add(STARS + "=" + stars);
            columns.add(indicator(mean, v -> Math.round(v) == level));
          }
        }
        case REVIEW -> {
          names.add(REVIEW + " in 3.5-4");
          columns.add(indicator(mean, v -> rounded(v) >= 3.5 && rounded(v) < 4.5));
          names.add(REVIEW + " in 4.5-5");
          columns.add(indicator(mean, v -> rounded(v) >= 4.5));
        }
        default -> {
          names.add(column.name());
          columns.add(mean);
        }
      }
    }
    return normalise(names, columns, settings.truncation());
  }

  private static double rounded(double review) {
    return Math.round(2.0 * review) / 2.0;
  }

  private static double[] indicator(double[] values, DoublePredicate test) {
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = test.test(values[i]) ? 1.0 : 0.0;
    }
    return out;
  }

  /** Standardises each column, drops constant ones and clips to [−bound, bound]. */
  private static Table normalise(List<String> names, List<double[]> columns, double bound) {
    List<String> keptNames = new ArrayList<>();
    List<double[]> kept = new ArrayList<>();
    for (int c = 0; c < columns.size(); c++) {
      double[] v = columns.get(c);
      double mean = 0.0;
      for (double x : v) {
        mean += x;
      }
      mean /= v.length;
      double ss = 0.0;
      for (double x : v) {
        ss += (x - mean) * (x - mean);
      }
      double sd = Math.sqrt(ss / v.length);
      if (!(sd > 1e-12 * Math.max(1.0, Math.abs(mean)))) {
        continue;
      }
      double[] z = new double[v.length];
      for (int i = 0; i < v.length; i++) {
        z[i] = Math.max(-bound, Math.min(bound, (v[i] - mean) / sd));
      }
      keptNames.add(names.get(c));
      kept.add(z);
    }
    return new Table(List.copyOf(keptNames), kept);
  }

  private static int countMissing(double[] values) {
    int missing = 0;
    for (double v : values) {
      if (Double.isNaN(v)) {
        missing++;
      }
    }
    return missing;
  }

  private static double nanMean(double[] values) {
    double sum = 0.0;
    int count = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        sum += v;
        count++;
      }
    }
    return count == 0 ? 0.0 : sum / count;
  }
}
