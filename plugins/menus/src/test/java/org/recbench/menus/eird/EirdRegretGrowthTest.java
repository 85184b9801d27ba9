package org.recbench.menus.eird;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recbench.menus.MenusPlugin;
import org.recbench.menus.metrics.LogLogSlope;
import org.recbench.testkit.PluginTestKit;
import org.recbench.testkit.TrialOutcome;

/**
 * Theorem 2's qualitative claim on a slow-memory instance, through the harness: Algorithm 2's
 * cumulative regret against the EIRD best in hindsight grows sublinearly in T. Instance:
 * {@code menus.discounted} with n = 6, k = 2, λ = (k−1)/(n−1) = 0.2, smooth preferences with
 * L = 1 (EIRD is then exactly the LP over the vertices, so the comparator is exact), Bernoulli
 * rewards with random means and effective memory T^{3/4} ({@code memory-exponent} 0.75, the
 * long-memory regime). Regret is the {@code menus.regret-eird} pseudo-regret of one game of T
 * rounds, averaged over 6 seeds. The default run covers T = 10^3, 3·10^3, 10^4;
 * {@code -Plong-horizon} adds 3·10^4 and 10^5.
 */
class EirdRegretGrowthTest {

  private static final PluginTestKit KIT = PluginTestKit.of(new MenusPlugin());

  private static double meanRegret(long horizon) {
    double[] regret = TrialOutcome.finalValues(KIT.trial("menus.discounted", "menus.eird")
        .environmentParams(Map.of("items", 6, "menu-size", 2, "lambda", 0.2,
            "preferences", "smooth", "lipschitz", 1, "memory-exponent", 0.75, "rounds", horizon))
        .metric("menus.regret-eird").episodes(1).seeds(6).run(), "menus.regret-eird");
    return Arrays.stream(regret).average().orElseThrow();
  }

  @Test
  void algorithm2RegretAgainstEirdGrowsSublinearlyOnASlowMemoryInstance() {
    boolean longRun = Boolean.getBoolean("menus.longHorizon");
    long[] horizons = longRun
        ? new long[] {1_000, 3_000, 10_000, 30_000, 100_000}
        : new long[] {1_000, 3_000, 10_000};
    double[] x = new double[horizons.length];
    double[] regret = new double[horizons.length];
    for (int i = 0; i < horizons.length; i++) {
      x[i] = horizons[i];
      regret[i] = meanRegret(horizons[i]);
      assertThat(regret[i]).as("mean regret at T = %s", horizons[i]).isPositive();
    }
    double slope = LogLogSlope.of(x, regret);
    assertThat(slope).as("log-log slope of regret %s", Arrays.toString(regret)).isLessThan(0.85);
    int last = horizons.length - 1;
    assertThat(regret[last] / regret[0]).as("regret growth between the end points")
        .isLessThan(Math.pow((double) horizons[last] / horizons[0], 0.85));
  }
}
