package org.recbench.menus.smoothed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.recbench.menus.MenusPlugin;
import org.recbench.menus.agent.MenuAgent;
import org.recbench.menus.algorithm.MenuProblem;
import org.recbench.menus.memory.DiscountedMemory;
import org.recbench.menus.preference.ScaleBoundedPreferences;
import org.recbench.testkit.PluginTestKit;
import org.recbench.testkit.TrialOutcome;

class SmoothedOgdTest {

  private static final PluginTestKit KIT = PluginTestKit.of(new MenusPlugin());
  private static final int N = 6;
  private static final int K = 2;
  private static final double LAMBDA = 0.1;
  private static final double DELTA = 0.3;

  /**
   * Theorem 3's qualitative claim, through the harness: for scale-bounded preferences and memory
   * horizon √T ({@code memory-exponent} 0.5), Algorithm 3's per-round regret against the best
   * point of Δ_δ in hindsight falls as T grows from 10^3 to 3·10^4 (mean over 6 seeds).
   */
  @Test
  void algorithm3RegretPerRoundAgainstTheSmoothedSimplexFalls() {
    long[] horizons = {1_000, 30_000};
    double[] perRound = new double[2];
    for (int h = 0; h < 2; h++) {
      double[] regret = TrialOutcome.finalValues(KIT.trial("menus.discounted",
              "menus.smoothed-ogd")
          .environmentParams(Map.of("items", N, "menu-size", K, "lambda", LAMBDA,
              "preferences", "scale-bounded", "beta", 1.5, "memory-exponent", 0.5,
              "rounds", horizons[h]))
          .policyParam("delta", DELTA)
          .metric("menus.regret-smoothed", Map.of("delta", DELTA))
          .episodes(1).seeds(6).run(), "menus.regret-smoothed[delta=0.3]");
      perRound[h] = Arrays.stream(regret).average().orElseThrow() / horizons[h];
    }
    assertThat(perRound[1]).as("per-round regret %s", Arrays.toString(perRound))
        .isLessThan(0.75 * perRound[0]);
  }

  @Test
  void burnInSaturatesTheFirstKItemsThenSpreadsMemoryTowardsUniform() {
    int n = 5;
    MenuProblem problem = MenuProblem.uniformStart(n, 2, 10_000, 0.95);
    SmoothedOgd.Settings settings = new SmoothedOgd.Settings(0.1, 0.3, 60, 0.1, 2_000, 20, 40,
        0.2, 0.05);
    SmoothedOgd algorithm = new SmoothedOgd(problem, settings, new SplittableRandom(1));
    MenuAgent agent = new MenuAgent(ScaleBoundedPreferences.random(n, 0.1, 1.2, 2, 1.0,
        new SplittableRandom(2)), DiscountedMemory.uniform(n, 0.95), 2);
    SplittableRandom random = new SplittableRandom(3);
    int[] menu = new int[2];
    for (int t = 0; t < 60; t++) {
      algorithm.propose(t, menu);
      assertThat(menu).containsExactly(0, 1);
      algorithm.observe(agent.choose(menu, random), 0);
    }
    double[] targeted = new double[n];
    int t = 60;
    while (!algorithm.targetedChoice(targeted) && t < 2_100) {
      algorithm.propose(t++, menu);
      algorithm.observe(agent.choose(menu, random), 0);
    }
    double distance = 0;
    for (double w : agent.memory().vector()) {
      distance += Math.abs(w - 1.0 / n);
    }
    assertThat(t).isLessThan(2_100);
    assertThat(distance).isLessThanOrEqualTo(0.1 + 2.0 / 20);
  }

  @Test
  void settingsAreValidated() {
    assertThatThrownBy(() -> new SmoothedOgd.Settings(0.1, 0, 1, 0.1, 1, 1, 1, 0.1, 0.1))
        .hasMessageContaining("delta");
    assertThatThrownBy(() -> new SmoothedOgd.Settings(0.1, 0.2, 1, 0.1, 1, 0, 1, 0.1, 0.1))
        .hasMessageContaining("learn rounds");
  }
}
