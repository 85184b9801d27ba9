package org.recbench.assortment.expedia;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.recbench.lib.mnl.MnlChoice;

/**
 * Writes a small file in the ICDM 2013 {@code train.csv} format (the 54 columns of the Kaggle
 * data, {@code NULL} for missing values). Destination 200 has the most searches; its choices are
 * drawn from a planted MNL whose utility is 2.5·(los − 4)(loc1 − 3.5) − 2.5·(window − 30)/15 ·
 * (lhp − 5), i.e. Θ̃ of rank 2 in the raw features with intercepts, hence also after the
 * affine normalisation of the preprocessing.
 */
public final class ExpediaFixture {

  static final String HEADER = "srch_id,date_time,site_id,visitor_location_country_id,"
      + "visitor_hist_starrating,visitor_hist_adr_usd,prop_country_id,prop_id,prop_starrating,"
      + "prop_review_score,prop_brand_bool,prop_location_score1,prop_location_score2,"
      + "prop_log_historical_price,position,price_usd,promotion_flag,srch_destination_id,"
      + "srch_length_of_stay,srch_booking_window,srch_adults_count,srch_children_count,"
      + "srch_room_count,srch_saturday_night_bool,srch_query_affinity_score,"
      + "orig_destination_distance,random_bool,"
      + comps()
      + "click_bool,gross_bookings_usd,booking_bool";

  static final int TOP = 200;
  public static final int TOP_HOTELS = 20;

  private ExpediaFixture() {
  }

  private static String comps() {
    StringBuilder b = new StringBuilder();
    for (int c = 1; c <= 8; c++) {
      b.append("comp").append(c).append("_rate,comp").append(c).append("_inv,comp").append(c)
          .append("_rate_percent_diff,");
    }
    return b.toString();
  }

  /** A hotel's fixed properties. */
  private record Hotel(int id, double stars, double review, int brand, double loc1, double loc2,
      double lhp) {
  }

  /** Writes the file with {@code topSearches} searches at destination 200. */
  public static Path write(Path file, int topSearches, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    List<Hotel> top = hotels(1000, TOP_HOTELS, rng);
    List<Hotel> other = hotels(5000, 8, rng);
    int search = 1;
    for (int s = 0; s < topSearches; s++) {
      search(lines, search++, TOP, top, rng);
      if (s % 4 == 0) {
        search(lines, search++, 100, other, rng);
      }
      if (s % 9 == 0) {
        search(lines, search++, 300, other, rng);
      }
    }
    try {
      Files.write(file, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  private static List<Hotel> hotels(int firstId, int count, SplittableRandom rng) {
    List<Hotel> hotels = new ArrayList<>();
    for (int h = 0; h < count; h++) {
      hotels.add(new Hotel(firstId + h, 2 + rng.nextInt(4) + (rng.nextBoolean() ? 0.5 : 0.0),
          rng.nextInt(11) * 0.5, rng.nextInt(2), 1.0 + 5.0 * rng.nextDouble(),
          rng.nextDouble(), 4.0 + 2.0 * rng.nextDouble()));
    }
    return hotels;
  }

  private static void search(List<String> lines, int id, int destination, List<Hotel> hotels,
      SplittableRandom rng) {
    String hist = rng.nextDouble() < 0.7 ? "NULL" : fmt(2.0 + 3.0 * rng.nextDouble());
    String adr = rng.nextDouble() < 0.7 ? "NULL" : fmt(50 + 250 * rng.nextDouble());
    int los = 1 + rng.nextInt(7);
    int window = rng.nextInt(61);
    int adults = 1 + rng.nextInt(4);
    int children = rng.nextInt(3);
    int rooms = 1 + rng.nextInt(2);
    int saturday = rng.nextInt(2);
    String distance = rng.nextDouble() < 0.4 ? "NULL" : fmt(10 + 5000 * rng.nextDouble());
    int shown = Math.min(hotels.size(), 8 + rng.nextInt(5));
    int[] set = new int[shown];
    List<Integer> pool = new ArrayList<>();
    for (int h = 0; h < hotels.size(); h++) {
      pool.add(h);
    }
    for (int k = 0; k < shown; k++) {
      set[k] = pool.remove(rng.nextInt(pool.size()));
    }
    double[] u = new double[hotels.size()];
    for (int k = 0; k < shown; k++) {
      Hotel hotel = hotels.get(set[k]);
      u[set[k]] = 2.5 * (los - 4) * (hotel.loc1() - 3.5)
          - 2.5 * (window - 30) / 15.0 * (hotel.lhp() - 5.0);
    }
    int choice = MnlChoice.sample(u, set, shown, rng);
    boolean booked = rng.nextBoolean();
    for (int k = 0; k < shown; k++) {
      Hotel hotel = hotels.get(set[k]);
      boolean chosen = set[k] == choice;
      String loc2 = rng.nextDouble() < 0.2 ? "NULL" : fmt(hotel.loc2());
      StringBuilder b = new StringBuilder();
      b.append(id).append(",2013-04-04 08:32:15,5,219,").append(hist).append(',').append(adr)
          .append(",219,").append(hotel.id()).append(',').append(fmt(hotel.stars())).append(',')
          .append(fmt(hotel.review())).append(',').append(hotel.brand()).append(',')
          .append(fmt(hotel.loc1())).append(',').append(loc2).append(',')
          .append(fmt(hotel.lhp())).append(',').append(k + 1).append(',')
          .append(fmt(60 + 200 * rng.nextDouble())).append(',').append(rng.nextInt(2))
          .append(',').append(destination).append(',').append(los).append(',').append(window)
          .append(',').append(adults).append(',').append(children).append(',').append(rooms)
          .append(',').append(saturday).append(",NULL,").append(distance).append(",0,");
      for (int c = 0; c < 24; c++) {
        b.append("NULL,");
      }
      b.append(chosen ? 1 : 0).append(',').append(chosen && booked ? "120.5" : "NULL")
          .append(',').append(chosen && booked ? 1 : 0);
      lines.add(b.toString());
    }
  }

  private static String fmt(double v) {
    return String.format(java.util.Locale.ROOT, "%.4f", v);
  }
}
