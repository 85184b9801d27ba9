package org.recbench.menus.env;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.random.RandomGenerator;
import org.recbench.api.Params;
import org.recbench.api.SharedWork;
import org.recbench.menus.preference.ConstantPreferences;
import org.recbench.menus.preference.LinearPreferences;
import org.recbench.menus.preference.ScaleBoundedPreferences;
import org.recbench.menus.preference.SmoothRandomPreferences;
import org.recbench.menus.reward.CsvRewards;
import org.recbench.menus.reward.ObliviousRewards;
import org.recbench.menus.reward.StochasticRewards;
import org.recbench.menus.reward.SwitchingRewards;
import org.recbench.protocol.menu.PreferenceModel;
import org.recbench.protocol.menu.RewardSequence;

/**
 * Builds the preference model and the reward sequence of a {@code menus.discounted}
 * configuration from its parameters and the environment's random stream (preferences first,
 * then rewards), so every policy on a seed faces the same instance.
 */
final class Families {

  private Families() {}

  /** The discount γ: {@code gamma}, else 1 − T^{−c} for {@code memory-exponent} c, else 1. */
  static double gamma(Params params) {
    if (params.has(DiscountedMenusType.GAMMA)) {
      return params.getDouble(DiscountedMenusType.GAMMA);
    }
    if (params.has(DiscountedMenusType.MEMORY_EXPONENT)) {
      double rounds = params.getLong(DiscountedMenusType.ROUNDS);
      return 1 - Math.pow(rounds, -params.getDouble(DiscountedMenusType.MEMORY_EXPONENT));
    }
    return 1.0;
  }

  /** The score floor λ: {@code lambda}, else max((k − 1)/(n − 1), 0.1). */
  static double lambda(Params params) {
    if (params.has(DiscountedMenusType.LAMBDA)) {
      return params.getDouble(DiscountedMenusType.LAMBDA);
    }
    double n = params.getInt(DiscountedMenusType.ITEMS);
    double k = params.getInt(DiscountedMenusType.MENU_SIZE);
    return Math.max((k - 1) / (n - 1), 0.1);
  }

  static PreferenceModel preferences(Params params, RandomGenerator rng) {
    int n = params.getInt(DiscountedMenusType.ITEMS);
    double lambda = lambda(params);
    return switch (params.getString(DiscountedMenusType.PREFERENCES)) {
      case "constant" -> new ConstantPreferences(params.has(DiscountedMenusType.SCORES)
          ? params.getDoubleArray(DiscountedMenusType.SCORES) : drawScores(n, lambda, rng), lambda);
      case "linear" -> LinearPreferences.random(n, lambda, rng);
      case "smooth" -> SmoothRandomPreferences.random(n, lambda,
          params.getDouble(DiscountedMenusType.LIPSCHITZ), rng);
      case "scale-bounded" -> ScaleBoundedPreferences.random(n, lambda,
          params.getDouble(DiscountedMenusType.BETA), params.getInt(DiscountedMenusType.FEATURES),
          params.getDouble(DiscountedMenusType.FREQUENCY), rng);
      default -> throw new IllegalArgumentException("unknown preference family "
          + params.getString(DiscountedMenusType.PREFERENCES));
    };
  }

  private static double[] drawScores(int n, double lambda, RandomGenerator rng) {
    double[] scores = new double[n];
    for (int i = 0; i < n; i++) {
      scores[i] = lambda + (1 - lambda) * rng.nextDouble();
    }
    return scores;
  }

  static RewardSequence rewards(Params params, RandomGenerator rng, SharedWork shared) {
    int n = params.getInt(DiscountedMenusType.ITEMS);
    return switch (params.getString(DiscountedMenusType.REWARDS)) {
      case "stochastic" -> params.has(DiscountedMenusType.MEANS)
          ? new StochasticRewards(params.getDoubleArray(DiscountedMenusType.MEANS), rng.nextLong())
          : StochasticRewards.random(n, rng);
      case "switching" -> new SwitchingRewards(n, params.getLong(DiscountedMenusType.PERIOD),
          rng.nextLong());
      case "oblivious" -> new ObliviousRewards(n, params.getDouble(DiscountedMenusType.MIN_PERIOD),
          params.getDouble(DiscountedMenusType.MAX_PERIOD), rng);
      case "csv" -> csv(Path.of(params.getString(DiscountedMenusType.FILE)), n, shared);
      default -> throw new IllegalArgumentException("unknown reward sequence "
          + params.getString(DiscountedMenusType.REWARDS));
    };
  }

  /** Reads a reward file once per run (per executor): the key names the file and its version. */
  private static RewardSequence csv(Path file, int items, SharedWork shared) {
    Path absolute = file.toAbsolutePath().normalize();
    long size;
    long modified;
    try {
      size = Files.size(absolute);
      modified = Files.getLastModifiedTime(absolute).toMillis();
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read reward file " + file + ": " + e.getMessage(), e);
    }
    return shared.computeIfAbsent(new CsvKey(DiscountedMenusType.ID, absolute.toString(), items, size,
        modified),
        () -> CsvRewards.read(file, items));
  }

  /** What a reward file's content depends on. */
  private record CsvKey(String component, String path, int items, long size, long modified) {}
}
