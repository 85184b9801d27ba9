package org.recbench.churn.movielens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A small rating data set in the MovieLens-1M format with planted blocks: users of group g rate
 * every movie of group g 5 stars and about a quarter of the other movies 1 or 2 stars. Movies of
 * group g carry the genre "Genre{g}".
 */
final class PlantedRatings {

  static final int[] USERS_PER_GROUP = {30, 20, 10};
  static final int MOVIES_PER_GROUP = 12;

  private PlantedRatings() {}

  static int groups() {
    return USERS_PER_GROUP.length;
  }

  /** Group of each user, users numbered from 0 in file order. */
  static int[] userGroups() {
    List<Integer> groups = new ArrayList<>();
    for (int g = 0; g < USERS_PER_GROUP.length; g++) {
      for (int i = 0; i < USERS_PER_GROUP[g]; i++) {
        groups.add(g);
      }
    }
    return groups.stream().mapToInt(Integer::intValue).toArray();
  }

  static int movieGroup(int movie) {
    return movie / MOVIES_PER_GROUP;
  }

  /** Writes ratings.dat and movies.dat to {@code dir}; returns the ratings as (user, movie, stars). */
  static List<int[]> write(Path dir) {
    SplittableRandom rng = new SplittableRandom(17);
    int[] groups = userGroups();
    int movies = groups() * MOVIES_PER_GROUP;
    List<int[]> ratings = new ArrayList<>();
    List<String> ratingLines = new ArrayList<>();
    for (int user = 0; user < groups.length; user++) {
      for (int movie = 0; movie < movies; movie++) {
        int stars;
        if (movieGroup(movie) == groups[user]) {
          stars = 5;
        } else if (rng.nextDouble() < 0.25) {
          stars = 1 + rng.nextInt(2);
        } else {
          continue;
        }
        ratings.add(new int[] {user, movie, stars});
        ratingLines.add((user + 1) + "::" + (movie + 100) + "::" + stars + "::978300760");
      }
    }
    List<String> movieLines = new ArrayList<>();
    for (int movie = 0; movie < movies; movie++) {
      movieLines.add((movie + 100) + "::Film " + movie + " (2000)::Genre" + movieGroup(movie));
    }
    try {
      Files.write(dir.resolve("ratings.dat"), ratingLines, StandardCharsets.ISO_8859_1);
      Files.write(dir.resolve("movies.dat"), movieLines, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ratings;
  }
}
