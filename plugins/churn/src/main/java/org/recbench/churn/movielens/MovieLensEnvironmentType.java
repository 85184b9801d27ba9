package org.recbench.churn.movielens;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;
import org.recbench.api.Capabilities;
import org.recbench.api.ComponentType;
import org.recbench.api.ConfigurationException;
import org.recbench.api.Descriptor;
import org.recbench.api.Environment;
import org.recbench.api.ParamSpec;
import org.recbench.api.ParamType;
import org.recbench.api.Params;
import org.recbench.protocol.session.ChurnModel;
import org.recbench.churn.env.ChurnEnvironment;
import org.recbench.churn.env.ChurnEnvironmentTypes;

/**
 * {@code churn.movielens}: sessions on an instance extracted from MovieLens-1M (paper 002, Sec. 7,
 * App. G). The data may not be redistributed, so pairs are skipped, with the path in the reason,
 * when {@code data-dir} holds no ratings.dat.
 *
 * <p>Extracting an instance (reading a million ratings, the SVD, k-means) takes seconds and does
 * not depend on the seed, so it is memoised per (path, size and modification time of every file
 * it reads: ratings.dat, and movies.dat for genres; clustering parameters). Hashing the contents
 * instead would re-read the 24 MB of ratings for every trial; a file rewritten with the same size
 * and modification time is not noticed. The per-seed Gaussian noise of App. G.4 is drawn from the
 * trial's environment stream afterwards.
 */
public final class MovieLensEnvironmentType {

  /** Component id. */
  public static final String ID = "churn.movielens";

  private static final Map<String, AggregatedPreferences> EXTRACTED = new ConcurrentHashMap<>();

  private MovieLensEnvironmentType() {}

  /** The component type, with its skip check. */
  public static ComponentType<Environment<?, ?, ?>> type() {
    Descriptor descriptor = ChurnEnvironmentTypes.descriptor(ID,
        "sessions on user clusters x item clusters co-clustered from MovieLens-1M ratings")
        .param(ParamSpec.required("data-dir", ParamType.STRING,
                "directory holding the MovieLens-1M ratings.dat and movies.dat"),
            ParamSpec.integer("types", 8, "number of user clusters U").range(1.0, null),
            ParamSpec.integer("categories", 8, "number of item clusters A").range(1.0, null),
            ParamSpec.string("items", "movies",
                "what categories group: movies (the paper) or genres").oneOf("movies", "genres"),
            ParamSpec.number("noise", 0.0,
                "sd of the Gaussian noise added to P before clipping to [0.01, 0.99], drawn per "
                    + "seed").range(0.0, null),
            ParamSpec.integer("clustering-seed", 0,
                "seed of the SVD test block and of k-means (fixes the clusters across seeds)"))
        .build();
    return ComponentType.environment(descriptor, MovieLensEnvironmentType::create)
        .withSkipCheck(MovieLensEnvironmentType::skipReason);
  }

  /** Why a configuration cannot run here: its data directory lacks a file it needs. */
  static Optional<String> skipReason(Params params) {
    Path dir = Path.of(params.getString("data-dir"));
    Optional<String> missing = missing(dir, MovieLensFiles.RATINGS);
    if (missing.isEmpty() && items(params) == AggregatedPreferences.Items.GENRES) {
      missing = missing(dir, MovieLensFiles.MOVIES);
    }
    return missing;
  }

  private static Optional<String> missing(Path dir, String name) {
    Path file = dir.resolve(name).toAbsolutePath();
    return Files.isRegularFile(file) ? Optional.empty() : Optional.of(file
        + " not found (MovieLens-1M is not redistributed: download it from "
        + "https://grouplens.org/datasets/movielens/1m/ and set data-dir)");
  }

  private static ChurnEnvironment create(Params params, RandomGenerator rng,
      Capabilities capabilities) {
    Path dir = Path.of(params.getString("data-dir"));
    int types = params.getInt("types");
    int categories = params.getInt("categories");
    AggregatedPreferences.Items items = items(params);
    long seed = params.getLong("clustering-seed");
    AggregatedPreferences extracted = EXTRACTED.computeIfAbsent(
        cacheKey(dir, types, categories, items, seed),
        key -> AggregatedPreferences.extract(dir, types, categories, items, seed));
    ChurnModel model = new ChurnModel(extracted.prior(),
        extracted.like(params.getDouble("noise"), rng));
    return new ChurnEnvironment(model, rng);
  }

  private static AggregatedPreferences.Items items(Params params) {
    return AggregatedPreferences.Items.valueOf(params.getString("items").toUpperCase(Locale.ROOT));
  }

  private static String cacheKey(Path dir, int types, int categories,
      AggregatedPreferences.Items items, long seed) {
    String files = fingerprint(dir, MovieLensFiles.RATINGS);
    if (items == AggregatedPreferences.Items.GENRES) {
      files += "|" + fingerprint(dir, MovieLensFiles.MOVIES);
    }
    return files + "|" + types + "|" + categories + "|" + items + "|" + seed;
  }

  /** Path, size and modification time of a data file, so a changed file gets a new key. */
  private static String fingerprint(Path dir, String name) {
    Path file = dir.resolve(name).toAbsolutePath().normalize();
    try {
      return file + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file);
    } catch (IOException e) {
      throw new ConfigurationException("MovieLens file " + file
          + " does not exist or cannot be read; set data-dir to the directory of the "
          + "MovieLens-1M files", e);
    }
  }
}
