package org.recbench.menus.smoothed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.recbench.menus.TestOnlyPlayLoop;
import org.recbench.menus.agent.MenuAgent;
import org.recbench.menus.algorithm.MenuProblem;
import org.recbench.menus.memory.DiscountedMemory;
import org.recbench.menus.preference.ScaleBoundedPreferences;
import org.recbench.menus.regret.SmoothedSimplexBest;
import org.recbench.menus.reward.StochasticRewards;

class SmoothedOgdTest {

  private static final int N = 6;
  private static final int K = 2;
  private static final double LAMBDA = 0.1;
  private static final double DELTA = 0.3;

  /**
   * Theorem 3's qualitative claim: for scale-bounded preferences and memory horizon √T
   * (γ = 1 − T^{−1/2}), Algorithm 3's per-round regret against the best point of Δ_δ in hindsight
   * falls as T grows, and its OGD point ends nearest the vertex of the best item.
   */
  @Test
  void algorithm3RegretPerRoundAgainstTheSmoothedSimplexFalls() {
    long[] horizons = {1_000, 30_000};
    double[] perRound = new double[2];
    int bestFound = 0;
    for (int h = 0; h < 2; h++) {
      long t = horizons[h];
      double gamma = 1 - 1 / Math.sqrt(t);
      double total = 0;
      for (int seed = 0; seed < 4; seed++) {
        SplittableRandom random = new SplittableRandom(17 * seed + h);
        MenuProblem problem = MenuProblem.uniformStart(N, K, t, gamma);
        MenuAgent agent = new MenuAgent(ScaleBoundedPreferences.random(N, LAMBDA, 1.5, 3, 2.0,
            new SplittableRandom(seed)), DiscountedMemory.uniform(N, gamma), K);
        StochasticRewards rewards = StochasticRewards.random(N, new SplittableRandom(50 + seed));
        SmoothedOgd algorithm = new SmoothedOgd(problem, LAMBDA, DELTA, random.split());
        TestOnlyPlayLoop.Outcome outcome =
            TestOnlyPlayLoop.play(algorithm, agent, rewards, t, 0, random.split());
        double[] cumulative = outcome.cumulativeMeans();
        total += (SmoothedSimplexBest.value(cumulative, DELTA) - outcome.expectedReward()) / t;
        if (h == 1 && argmax(algorithm.point()) == argmax(cumulative)) {
          bestFound++;
        }
      }
      perRound[h] = total / 4;
    }
    assertThat(perRound[1]).as("per-round regret %s", Arrays.toString(perRound))
        .isLessThan(0.75 * perRound[0]);
    assertThat(bestFound).isGreaterThanOrEqualTo(3);
  }

  private static int argmax(double[] x) {
    int best = 0;
    for (int i = 1; i < x.length; i++) {
      if (x[i] > x[best]) {
        best = i;
      }
    }
    return best;
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
