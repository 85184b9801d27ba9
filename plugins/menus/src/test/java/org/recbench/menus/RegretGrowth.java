package org.recbench.menus;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.recbench.menus.metrics.LogLogSlope;
import org.recbench.testkit.PluginTestKit;
import org.recbench.testkit.TrialOutcome;

/**
 * The growth exponent of mean regret in the horizon T, with a seed-bootstrap 95% confidence
 * interval: the least-squares log–log slope of the mean regret over seeds against T, and the
 * 2.5% and 97.5% quantiles of that slope when the seeds are resampled with replacement (2,000
 * resamples). The same seeds run at every horizon (a seed fixes the instance: preferences and
 * reward means), so a resample draws seeds, not values, keeping each seed's regrets together.
 * A resample whose mean regret is not positive at some T has no slope; it counts as +∞ for the
 * upper end and −∞ for the lower end, so it can only widen the interval. Slope tests compare
 * the interval, not the point estimate, with the bound.
 *
 * @param slope the fitted exponent of the mean regret
 * @param low the lower end of the 95% interval
 * @param high the upper end of the 95% interval
 * @param means the mean regret at each horizon
 */
public record RegretGrowth(double slope, double low, double high, double[] means) {

  private static final int RESAMPLES = 2_000;

  /** The growth of {@code regrets[h][seed]}, the regret of a seed at {@code horizons[h]}. */
  public static RegretGrowth of(long[] horizons, double[][] regrets) {
    double[] x = Arrays.stream(horizons).asDoubleStream().toArray();
    double[] means = Arrays.stream(regrets)
        .mapToDouble(r -> Arrays.stream(r).average().orElseThrow()).toArray();
    double slope = Arrays.stream(means).allMatch(m -> m > 0) ? LogLogSlope.of(x, means)
        : Double.NaN;
    int seeds = regrets[0].length;
    for (double[] r : regrets) {
      if (r.length != seeds) {
        throw new IllegalArgumentException("every horizon needs the same seeds");
      }
    }
    SplittableRandom random = new SplittableRandom(20_240_244L);
    double[] upper = new double[RESAMPLES];
    double[] lower = new double[RESAMPLES];
    double[] resampled = new double[horizons.length];
    for (int b = 0; b < RESAMPLES; b++) {
      boolean positive = true;
      Arrays.fill(resampled, 0.0);
      for (int s = 0; s < seeds; s++) {
        int seed = random.nextInt(seeds);
        for (int h = 0; h < horizons.length; h++) {
          resampled[h] += regrets[h][seed] / seeds;
        }
      }
      for (double mean : resampled) {
        positive &= mean > 0;
      }
      double fitted = positive ? LogLogSlope.of(x, resampled) : Double.NaN;
      upper[b] = Double.isNaN(fitted) ? Double.POSITIVE_INFINITY : fitted;
      lower[b] = Double.isNaN(fitted) ? Double.NEGATIVE_INFINITY : fitted;
    }
    Arrays.sort(upper);
    Arrays.sort(lower);
    return new RegretGrowth(slope, lower[(int) (0.025 * RESAMPLES)],
        upper[(int) Math.ceil(0.975 * RESAMPLES) - 1], means);
  }

  /**
   * Runs {@code policy} on {@code menus.discounted} with {@code environment} at each horizon
   * ({@code rounds}) for {@code seeds} seeds and measures the growth of {@code metric}.
   */
  public static RegretGrowth measure(String policy, Map<String, Object> environment,
      String metric, long[] horizons, int seeds) {
    PluginTestKit kit = PluginTestKit.of(new MenusPlugin());
    double[][] regrets = new double[horizons.length][];
    for (int h = 0; h < horizons.length; h++) {
      Map<String, Object> params = new LinkedHashMap<>(environment);
      params.put("rounds", horizons[h]);
      regrets[h] = TrialOutcome.finalValues(kit.trial("menus.discounted", policy)
          .environmentParams(params).metric(metric).episodes(1).seeds(seeds).run(), metric);
    }
    return of(horizons, regrets);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "slope %.3f, 95%% CI [%.3f, %.3f], means %s",
        slope, low, high, Arrays.toString(means));
  }
}
