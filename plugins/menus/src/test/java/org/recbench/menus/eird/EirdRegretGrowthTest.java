package org.recbench.menus.eird;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recbench.menus.RegretGrowth;

/**
 * Theorem 2's qualitative claim on a slow-memory instance, through the harness: Algorithm 2's
 * cumulative regret against the EIRD best in hindsight grows sublinearly in T. Instance:
 * {@code menus.discounted} with n = 6, k = 2, λ = (k−1)/(n−1) = 0.2, smooth preferences with
 * L = 1 (EIRD is then exactly the LP over the vertices, so the comparator is exact), Bernoulli
 * rewards with random means and effective memory T^{3/4} ({@code memory-exponent} 0.75, the
 * long-memory regime). Regret is the {@code menus.regret-eird} pseudo-regret of one game of T
 * rounds over 8 seeds; the upper end of the seed-bootstrap 95% interval of its fitted log–log
 * slope ({@link RegretGrowth}) must be below 0.95 and the slope itself below 0.85. The default
 * run covers T = 10^3, 3·10^3, 10^4; {@code -Plong-horizon} adds 3·10^4 and 10^5.
 */
class EirdRegretGrowthTest {

  @Test
  void algorithm2RegretAgainstEirdGrowsSublinearlyOnASlowMemoryInstance() {
    long[] horizons = Boolean.getBoolean("menus.longHorizon")
        ? new long[] {1_000, 3_000, 10_000, 30_000, 100_000}
        : new long[] {1_000, 3_000, 10_000};
    RegretGrowth growth = RegretGrowth.measure("menus.eird", Map.of("items", 6, "menu-size", 2,
        "lambda", 0.2, "preferences", "smooth", "lipschitz", 1, "memory-exponent", 0.75),
        "menus.regret-eird", horizons, 8);
    assertThat(Arrays.stream(growth.means()).min().orElseThrow()).as("%s", growth).isPositive();
    assertThat(growth.high()).as("%s", growth).isLessThan(0.95);
    assertThat(growth.slope()).as("%s", growth).isLessThan(0.85);
  }
}
