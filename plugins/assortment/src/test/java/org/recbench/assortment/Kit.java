package org.recbench.assortment;

import java.util.Arrays;
import org.recbench.baselines.BaselinesPlugin;
import org.recbench.testkit.PluginTestKit;
import org.recbench.ucbmnl.UcbMnlPlugin;

/**
 * The test kit over this plugin, the UCB-MNL baselines and the reference baselines (test-scope
 * dependencies only), and the statistics the harness-level tests compare with.
 */
public final class Kit {

  /** Every assortment component this repository ships, plus the harness metrics. */
  public static final PluginTestKit KIT = PluginTestKit.of(new AssortmentPlugin(),
      new UcbMnlPlugin(), new BaselinesPlugin());

  /** Two-sided 97.5% quantiles of Student's t with 1..30 degrees of freedom. */
  private static final double[] T975 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306,
      2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080,
      2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042};

  private Kit() {}

  /** The mean of {@code values}. */
  public static double mean(double[] values) {
    return Arrays.stream(values).average().orElseThrow();
  }

  /** The 95% Student-t confidence interval {low, high} of the mean (2 ≤ n ≤ 31). */
  public static double[] interval(double[] values) {
    int n = values.length;
    double mean = mean(values);
    double ss = 0.0;
    for (double v : values) {
      ss += (v - mean) * (v - mean);
    }
    double half = T975[n - 2] * Math.sqrt(ss / (n - 1) / n);
    return new double[] {mean - half, mean + half};
  }
}
