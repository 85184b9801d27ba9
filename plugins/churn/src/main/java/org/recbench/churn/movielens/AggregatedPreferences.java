package org.recbench.churn.movielens;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.data.DMatrixSparseTriplet;
import org.ejml.ops.DConvertMatrixStruct;
import org.ejml.sparse.csc.CommonOps_DSCC;
import org.recbench.api.ConfigurationException;
import org.recbench.api.input.Excerpt;

/**
 * A Rec-APC instance extracted from ratings (paper 002, Sec. 7 and App. G): users and items are
 * co-clustered ({@link SpectralCoclustering}); the prior of a user type is its cluster's share of
 * the users, and the like probability of (user cluster, item cluster) is the mean of the ratings
 * between them divided by the top rating 5 (App. G.3). The matrix is not yet clipped; see
 * {@link #like(double)}.
 *
 * @param prior share of users in each user cluster
 * @param meanRating mean rating / 5 for every (user cluster, item cluster), in (0, 1]
 * @param categoryNames for each category, its genres joined by '|' or its number of movies
 */
public record AggregatedPreferences(double[] prior, double[][] meanRating,
    String[] categoryNames) {

  /** Items that become categories. */
  public enum Items {
    /** Movies are clustered into categories (the paper's setting). */
    MOVIES,
    /** Genres are clustered into categories: user × genre matrix, a rating counts for each genre. */
    GENRES
  }

  /** Entries of P are kept in [CLIP, 1 − CLIP], as in the synthetic generator. */
  public static final double CLIP = 0.01;

  /**
   * The like matrix with Gaussian noise of standard deviation {@code noise} added to every entry
   * (drawn from {@code rng}, App. G.4), clipped to [0.01, 0.99].
   */
  public double[][] like(double noise, RandomGenerator rng) {
    double[][] like = new double[meanRating.length][];
    for (int u = 0; u < like.length; u++) {
      like[u] = meanRating[u].clone();
      for (int a = 0; a < like[u].length; a++) {
        double noisy = noise > 0 ? like[u][a] + noise * rng.nextGaussian() : like[u][a];
        like[u][a] = Math.max(CLIP, Math.min(1 - CLIP, noisy));
      }
    }
    return like;
  }

  /**
   * Extracts the instance from the MovieLens files in {@code dir}.
   *
   * @param dir directory with ratings.dat (and movies.dat for genres)
   * @param types number of user clusters U
   * @param categories number of item clusters A
   * @param items what is clustered into categories
   * @param seed seed of the SVD test block and of k-means
   */
  public static AggregatedPreferences extract(Path dir, int types, int categories, Items items,
      long seed) {
    MovieLensFiles.Ratings ratings = MovieLensFiles.readRatings(dir);
    int[][] itemsOfRating;
    int itemCount;
    String[] itemNames;
    if (items == Items.GENRES) {
      MovieLensFiles.Genres genres = MovieLensFiles.readGenres(dir);
      itemsOfRating = new int[ratings.size()][];
      for (int i = 0; i < ratings.size(); i++) {
        int movieId = ratings.movieIds()[ratings.movie()[i]];
        itemsOfRating[i] = genres.genresById().get(movieId);
        if (itemsOfRating[i] == null) {
          throw new ConfigurationException(dir.resolve(MovieLensFiles.MOVIES) + " has no movie "
              + movieId + ", which " + MovieLensFiles.RATINGS + " rates");
        }
      }
      itemCount = genres.names().size();
      itemNames = genres.names().toArray(String[]::new);
      requireEveryGenreRated(dir, genres, itemsOfRating);
    } else {
      itemsOfRating = new int[ratings.size()][];
      for (int i = 0; i < ratings.size(); i++) {
        itemsOfRating[i] = new int[] {ratings.movie()[i]};
      }
      itemCount = ratings.movieCount();
      itemNames = null;
    }
    checkEnough(dir, "users", ratings.userCount(), "types", types);
    checkEnough(dir, items == Items.GENRES ? "genres" : "movies", itemCount, "categories",
        categories);
    SpectralCoclustering.Partition partition = SpectralCoclustering.cluster(
        ratingMatrix(ratings, itemsOfRating, itemCount), types, categories,
        new SplittableRandom(seed));
    return aggregate(dir, ratings, itemsOfRating, partition, types, categories, itemNames);
  }

  /**
   * Checks that every genre of {@code movies.dat} has a rating: the co-clustering needs every
   * column of the user × genre matrix to have a positive entry, and a genre listed only for movies
   * that {@code ratings.dat} never rates would fail it without naming a file.
   */
  private static void requireEveryGenreRated(Path dir, MovieLensFiles.Genres genres,
      int[][] itemsOfRating) {
    boolean[] rated = new boolean[genres.names().size()];
    for (int[] list : itemsOfRating) {
      for (int genre : list) {
        rated[genre] = true;
      }
    }
    for (int g = 0; g < rated.length; g++) {
      if (!rated[g]) {
        throw new ConfigurationException(dir.resolve(MovieLensFiles.MOVIES) + " line "
            + genres.firstLines().get(g) + ": genre " + Excerpt.quote(genres.names().get(g))
            + " is listed only for movies that " + MovieLensFiles.RATINGS + " never rates; "
            + "every genre needs ratings to be clustered");
      }
    }
  }

  /**
   * The users × items matrix of summed ratings: a rating counts once for each item of its movie
   * (the movie itself, or each of its genres), and the ratings of one user and item add up.
   */
  static DMatrixSparseCSC ratingMatrix(MovieLensFiles.Ratings ratings, int[][] itemsOfRating,
      int itemCount) {
    int entries = 0;
    for (int[] list : itemsOfRating) {
      entries += list.length;
    }
    DMatrixSparseTriplet triplets = new DMatrixSparseTriplet(ratings.userCount(), itemCount,
        entries);
    for (int i = 0; i < ratings.size(); i++) {
      for (int item : itemsOfRating[i]) {
        triplets.addItem(ratings.user()[i], item, ratings.rating()[i]);
      }
    }
    DMatrixSparseCSC matrix = DConvertMatrixStruct.convert(triplets, (DMatrixSparseCSC) null);
    CommonOps_DSCC.duplicatesAdd(matrix, null);
    return matrix;
  }

  private static AggregatedPreferences aggregate(Path dir, MovieLensFiles.Ratings ratings,
      int[][] itemsOfRating, SpectralCoclustering.Partition partition, int types, int categories,
      String[] itemNames) {
    double[] prior = new double[types];
    for (int label : partition.rowLabels()) {
      prior[label] += 1.0 / ratings.userCount();
    }
    double[][] sum = new double[types][categories];
    long[][] count = new long[types][categories];
    boolean[] seen = new boolean[categories];
    for (int i = 0; i < ratings.size(); i++) {
      int type = partition.rowLabels()[ratings.user()[i]];
      Arrays.fill(seen, false);
      for (int item : itemsOfRating[i]) {
        int category = partition.columnLabels()[item];
        if (!seen[category]) {
          seen[category] = true;
          sum[type][category] += ratings.rating()[i];
          count[type][category]++;
        }
      }
    }
    double[][] mean = new double[types][categories];
    for (int u = 0; u < types; u++) {
      for (int a = 0; a < categories; a++) {
        if (count[u][a] == 0) {
          throw new ConfigurationException("MovieLens data in " + dir + ": no user of cluster " + u
              + " rated an item of category " + a + ", so P[" + u + "][" + a
              + "] is undefined; use fewer types or categories");
        }
        mean[u][a] = sum[u][a] / count[u][a] / MovieLensFiles.MAX_RATING;
      }
    }
    return new AggregatedPreferences(prior, mean, categoryNames(itemNames, partition, categories));
  }

  private static String[] categoryNames(String[] itemNames, SpectralCoclustering.Partition partition,
      int categories) {
    StringBuilder[] names = new StringBuilder[categories];
    int[] sizes = new int[categories];
    for (int i = 0; i < partition.columnLabels().length; i++) {
      int c = partition.columnLabels()[i];
      sizes[c]++;
      if (itemNames != null) {
        names[c] = names[c] == null ? new StringBuilder(itemNames[i])
            : names[c].append('|').append(itemNames[i]);
      }
    }
    String[] out = new String[categories];
    for (int c = 0; c < categories; c++) {
      out[c] = itemNames != null ? names[c].toString() : sizes[c] + " movies";
    }
    return out;
  }

  private static void checkEnough(Path dir, String what, int available, String parameter,
      int wanted) {
    if (wanted > available) {
      throw new ConfigurationException("MovieLens data in " + dir + " has " + available + " "
          + what + " but parameter '" + parameter + "' asks for " + wanted + " clusters");
    }
  }
}
