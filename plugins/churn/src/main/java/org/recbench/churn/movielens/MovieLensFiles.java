package org.recbench.churn.movielens;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.recbench.api.ConfigurationException;
import org.recbench.api.input.Excerpt;
import org.recbench.api.input.InputFiles;
import org.recbench.api.input.IoErrors;

/**
 * Readers for the MovieLens-1M files: {@code ratings.dat} (UserID::MovieID::Rating::Timestamp)
 * and {@code movies.dat} (MovieID::Title::Genres, genres separated by {@code |}). Both are read
 * as ISO-8859-1, the encoding of the published files. A malformed line is a
 * {@link ConfigurationException} naming the file, the line number and what was expected; it
 * quotes at most a short excerpt of the offending field, never the line (a data path may point at
 * a file that was never meant to be published), and a line longer than
 * {@value #MAX_LINE_CHARACTERS} characters is refused without being held in memory.
 */
public final class MovieLensFiles {

  /** Name of the ratings file in the data directory. */
  public static final String RATINGS = "ratings.dat";
  /** Name of the movies file in the data directory. */
  public static final String MOVIES = "movies.dat";
  /** Largest rating of the 5-star scale. */
  public static final double MAX_RATING = 5;

  /** The longest line read; MovieLens lines have well under a hundred characters. */
  public static final int MAX_LINE_CHARACTERS = 4096;

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
   * @param firstLines for each genre, the line of {@code movies.dat} where it first appears
   * @param genresById genre indices of each movie, by MovieLens id
   */
  public record Genres(List<String> names, List<Integer> firstLines,
      Map<Integer, int[]> genresById) {}

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
        throw new ConfigurationException(line.where() + ": rating " + Excerpt.of(fields[2])
            + " is outside (0, 5]");
      }
      ratings.add(line.id(fields[0]), line.id(fields[1]), value);
    });
    if (ratings.size == 0) {
      throw new ConfigurationException(file + " has no ratings");
    }
    return ratings.build();
  }

  /**
   * Reads {@code dir/movies.dat}.
   *
   * @throws ConfigurationException naming the file and lines when a line is malformed or a movie
   *     is listed twice
   */
  public static Genres readGenres(Path dir) {
    Path file = existing(dir.resolve(MOVIES));
    Map<String, Integer> genreIndex = new LinkedHashMap<>();
    List<Integer> firstLines = new ArrayList<>();
    Map<Integer, int[]> byId = new HashMap<>();
    Map<Integer, Integer> lineById = new HashMap<>();
    forEachLine(file, line -> {
      String text = line.text();
      int first = text.indexOf(SEPARATOR);
      int last = text.lastIndexOf(SEPARATOR);
      if (first < 0 || last == first || text.length() == last + SEPARATOR.length()) {
        throw line.malformed("MovieID::Title::Genres");
      }
      int id = line.id(text.substring(0, first));
      Integer earlier = lineById.putIfAbsent(id, line.number());
      if (earlier != null) {
        throw new ConfigurationException(line.where() + ": movie " + id + " is listed again (first"
            + " on line " + earlier + "); expected each MovieID once");
      }
      int[] genres = Arrays.stream(text.substring(last + SEPARATOR.length()).split("\\|"))
          .mapToInt(g -> genreIndex.computeIfAbsent(g, k -> {
            firstLines.add(line.number());
            return genreIndex.size();
          }))
          .toArray();
      byId.put(id, genres);
    });
    return new Genres(List.copyOf(genreIndex.keySet()), List.copyOf(firstLines), byId);
  }

  /** One non-blank line of a data file, with the parsing that names it in errors. */
  private record Line(Path file, int number, String text) {

    String where() {
      return file + " line " + number;
    }

    /** The line does not have the fields {@code expected}; says how many it has, not what. */
    ConfigurationException malformed(String expected) {
      int fields = text.split(SEPARATOR, -1).length;
      return new ConfigurationException(where() + ": expected " + expected + ", found "
          + fields + (fields == 1 ? " field" : " fields") + " separated by '" + SEPARATOR + "'");
    }

    int id(String field) {
      try {
        return Integer.parseInt(field.trim());
      } catch (NumberFormatException e) {
        throw new ConfigurationException(where() + ": " + Excerpt.quote(field)
            + " is not an integer id");
      }
    }

    double number(String field) {
      try {
        return Double.parseDouble(field.trim());
      } catch (NumberFormatException e) {
        throw new ConfigurationException(where() + ": " + Excerpt.quote(field)
            + " is not a rating");
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
      StringBuilder text = new StringBuilder();
      int number = 0;
      while (readLine(reader, text, file, number + 1)) {
        number++;
        if (!text.toString().isBlank()) {
          handler.accept(new Line(file, number, text.toString()));
        }
      }
    } catch (IOException e) {
      throw new ConfigurationException("cannot read " + file + ": " + IoErrors.reason(e), e);
    }
  }

  /**
   * Reads the next line into {@code line} (without its terminator: {@code \n}, {@code \r\n}
   * or {@code \r}); false at the end of the file.
   *
   * @throws ConfigurationException when the line is longer than {@value #MAX_LINE_CHARACTERS}
   */
  private static boolean readLine(BufferedReader reader, StringBuilder line, Path file,
      int number) throws IOException {
    line.setLength(0);
    int c = reader.read();
    if (c < 0) {
      return false;
    }
    while (c >= 0 && c != '\n' && c != '\r') {
      if (line.length() == MAX_LINE_CHARACTERS) {
        throw new ConfigurationException(file + " line " + number + " is longer than "
            + MAX_LINE_CHARACTERS + " characters; expected a MovieLens line of a few fields");
      }
      line.append((char) c);
      c = reader.read();
    }
    if (c == '\r') {
      reader.mark(1);
      if (reader.read() != '\n') {
        reader.reset();
      }
    }
    return true;
  }

  private static Path existing(Path file) {
    if (!Files.exists(file)) {
      throw new ConfigurationException("MovieLens file " + file.toAbsolutePath()
          + " does not exist; set data-dir to the directory of the MovieLens-1M files");
    }
    InputFiles.requireReadable(file, Long.MAX_VALUE, "MovieLens file");
    return file;
  }
}
