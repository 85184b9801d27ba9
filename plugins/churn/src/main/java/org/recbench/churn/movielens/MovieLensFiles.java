package org.recbench.churn.movielens;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.recbench.api.ConfigurationException;

/**
 * Readers for the MovieLens-1M files: {@code ratings.dat} (UserID::MovieID::Rating::Timestamp)
 * and {@code movies.dat} (MovieID::Title::Genres, genres separated by {@code |}). Both are read
 * as ISO-8859-1, the encoding of the published files. A malformed line is a
 * {@link ConfigurationException} naming the file, the line number and what was expected.
 */
public final class MovieLensFiles {

  /** Name of the ratings file in the data directory. */
  public static final String RATINGS = "ratings.dat";
  /** Name of the movies file in the data directory. */
  public static final String MOVIES = "movies.dat";
  /** Largest rating of the 5-star scale. */
  public static final double MAX_RATING = 5;

  private static final String SEPARATOR = "::";

  /**
   * All ratings, with users and movies renumbered densely in order of first appearance.
   *
   * @param user user index of each rating
   * @param movie movie index of each rating
   * @param rating the rating, in (0, 5]
   * @param userCount number of distinct users
   * @param movieIds MovieLens id of each movie index
   */
  public record Ratings(int[] user, int[] movie, double[] rating, int userCount, int[] movieIds) {

    /** Number of ratings. */
    public int size() {
      return rating.length;
    }

    /** Number of distinct movies. */
    public int movieCount() {
      return movieIds.length;
    }
  }

  /**
   * Genres of every movie.
   *
   * @param names genre names, in order of first appearance
   * @param genresById genre indices of each movie, by MovieLens id
   */
  public record Genres(List<String> names, Map<Integer, int[]> genresById) {}

  private MovieLensFiles() {}

  /** Reads {@code dir/ratings.dat}. */
  public static Ratings readRatings(Path dir) {
    Path file = existing(dir.resolve(RATINGS));
    RatingsBuilder ratings = new RatingsBuilder();
    forEachLine(file, line -> {
      String[] fields = line.text().split(SEPARATOR, -1);
      if (fields.length != 4) {
        throw line.malformed("UserID::MovieID::Rating::Timestamp");
      }
      double value = line.number(fields[2]);
      if (!(value > 0 && value <= MAX_RATING)) {
        throw new ConfigurationException(line.where() + ": rating " + fields[2]
            + " is outside (0, 5]");
      }
      ratings.add(line.id(fields[0]), line.id(fields[1]), value);
    });
    if (ratings.size == 0) {
      throw new ConfigurationException(file + " has no ratings");
    }
    return ratings.build();
  }

  /** Reads {@code dir/movies.dat}. */
  public static Genres readGenres(Path dir) {
    Path file = existing(dir.resolve(MOVIES));
    Map<String, Integer> genreIndex = new LinkedHashMap<>();
    Map<Integer, int[]> byId = new HashMap<>();
    forEachLine(file, line -> {
      String text = line.text();
      int first = text.indexOf(SEPARATOR);
      int last = text.lastIndexOf(SEPARATOR);
      if (first < 0 || last == first || text.length() == last + SEPARATOR.length()) {
        throw line.malformed("MovieID::Title::Genres");
      }
      int[] genres = Arrays.stream(text.substring(last + SEPARATOR.length()).split("\\|"))
          .mapToInt(g -> genreIndex.computeIfAbsent(g, k -> genreIndex.size()))
          .toArray();
      byId.put(line.id(text.substring(0, first)), genres);
    });
    return new Genres(List.copyOf(genreIndex.keySet()), byId);
  }

  /** One non-blank line of a data file, with the parsing that names it in errors. */
  private record Line(Path file, int number, String text) {

    String where() {
      return file + " line " + number;
    }

    ConfigurationException malformed(String expected) {
      return new ConfigurationException(where() + ": expected " + expected + ", found '" + text
          + "'");
    }

    int id(String field) {
      try {
        return Integer.parseInt(field.trim());
      } catch (NumberFormatException e) {
        throw new ConfigurationException(where() + ": '" + field
            + "' is not an integer id in '" + text + "'");
      }
    }

    double number(String field) {
      try {
        return Double.parseDouble(field.trim());
      } catch (NumberFormatException e) {
        throw new ConfigurationException(where() + ": '" + field + "' is not a rating in '"
            + text + "'");
      }
    }
  }

  /** Ratings in growing primitive arrays, users and movies renumbered by first appearance. */
  private static final class RatingsBuilder {
    private final Map<Integer, Integer> users = new HashMap<>();
    private final Map<Integer, Integer> movies = new LinkedHashMap<>();
    private int[] user = new int[1024];
    private int[] movie = new int[1024];
    private double[] rating = new double[1024];
    private int size;

    void add(int userId, int movieId, double value) {
      if (size == rating.length) {
        user = Arrays.copyOf(user, 2 * size);
        movie = Arrays.copyOf(movie, 2 * size);
        rating = Arrays.copyOf(rating, 2 * size);
      }
      user[size] = users.computeIfAbsent(userId, k -> users.size());
      movie[size] = movies.computeIfAbsent(movieId, k -> movies.size());
      rating[size++] = value;
    }

    Ratings build() {
      int[] movieIds = movies.keySet().stream().mapToInt(Integer::intValue).toArray();
      return new Ratings(Arrays.copyOf(user, size), Arrays.copyOf(movie, size),
          Arrays.copyOf(rating, size), users.size(), movieIds);
    }
  }

  private static void forEachLine(Path file, Consumer<Line> handler) {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
      String text;
      int number = 0;
      while ((text = reader.readLine()) != null) {
        number++;
        if (!text.isBlank()) {
          handler.accept(new Line(file, number, text));
        }
      }
    } catch (IOException e) {
      throw new ConfigurationException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static Path existing(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ConfigurationException("MovieLens file " + file.toAbsolutePath()
          + " does not exist; set data-dir to the directory of the MovieLens-1M files");
    }
    return file;
  }
}
