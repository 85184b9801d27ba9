package org.recbench.menus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The regret exponents of Theorems 1 and 3 as statistical slope tests, through the harness: the
 * upper end of the seed-bootstrap 95% interval of the fitted log–log slope of mean regret in T
 * ({@link RegretGrowth}) must lie clearly below 1 (sublinear regret), and the same rule must
 * reject the uniformly random recommender, whose regret grows linearly. The paper's
 * exponents were lost from our copy of the text; Theorems 1 to 3 state sublinear rates, so
 * the bound tested is 0.95. Algorithm 2 (Theorem 2) has its own test, {@code
 * EirdRegretGrowthTest}, with a long-horizon profile.
 */
class RegretGrowthTest {

  private static final long[] HORIZONS = {1_000, 3_000, 10_000};
  private static final int SEEDS = 8;

  /** Theorem 3's instance: scale-bounded preferences, memory √T, the 0.1-smoothed simplex. */
  private static final Map<String, Object> SCALE_BOUNDED = Map.of("items", 6, "menu-size", 2,
      "lambda", 0.1, "preferences", "scale-bounded", "beta", 2, "memory-exponent", 0.5);

  /** Theorem 1's setting for DBG: equal scores, so IRD = EIRD is the capped simplex. */
  private static final Map<String, Object> EQUAL_SCORES = Map.of("items", 6, "menu-size", 2,
      "preferences", "constant", "lambda", 1.0, "memory-exponent", 0.75);

  @Test
  void algorithm3RegretAgainstTheSmoothedSimplexGrowsSublinearly() {
    RegretGrowth growth = RegretGrowth.measure("menus.smoothed-ogd", SCALE_BOUNDED,
        "menus.regret-smoothed", HORIZONS, SEEDS);
    assertThat(Arrays.stream(growth.means()).min().orElseThrow()).as("%s", growth).isPositive();
    assertThat(growth.high()).as("%s", growth).isLessThan(0.95);
  }

  @Test
  void deferredBanditGradientRegretAgainstEirdGrowsSublinearlyOnEqualScores() {
    RegretGrowth growth = RegretGrowth.measure("menus.dbg", EQUAL_SCORES, "menus.regret-eird",
        HORIZONS, SEEDS);
    assertThat(Arrays.stream(growth.means()).min().orElseThrow()).as("%s", growth).isPositive();
    assertThat(growth.high()).as("%s", growth).isLessThan(0.95);
  }

  @Test
  void theSlopeTestRejectsTheRandomRecommenderWhoseRegretGrowsLinearly() {
    RegretGrowth growth = RegretGrowth.measure("menus.random", SCALE_BOUNDED,
        "menus.regret-smoothed", HORIZONS, SEEDS);
    assertThat(growth.high()).as("%s", growth).isGreaterThan(0.95);
    assertThat(growth.slope()).as("%s", growth).isGreaterThan(0.85);
  }
}
