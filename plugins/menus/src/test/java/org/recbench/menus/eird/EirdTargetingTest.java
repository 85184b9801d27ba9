package org.recbench.menus.eird;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.recbench.menus.TestOnlyPlayLoop;
import org.recbench.menus.agent.MenuAgent;
import org.recbench.menus.agent.Menus;
import org.recbench.menus.algorithm.MenuProblem;
import org.recbench.menus.memory.DiscountedMemory;
import org.recbench.menus.preference.ConstantPreferences;
import org.recbench.menus.reward.StochasticRewards;

class EirdTargetingTest {

  @Test
  void estimationMenusCoverEveryItemAndShareTheAnchor() {
    for (int n = 2; n <= 12; n++) {
      for (int k = 2; k <= n; k++) {
        int[][] cover = EirdTargeting.coverWithAnchor(n, k);
        assertThat(cover.length).isEqualTo(Math.max(1, (n - 1 + k - 2) / (k - 1)));
        Set<Integer> seen = new HashSet<>();
        for (int[] menu : cover) {
          Menus.requireValid(menu, n, k);
          assertThat(menu[0]).isZero();
          for (int item : menu) {
            seen.add(item);
          }
        }
        assertThat(seen).hasSize(n);
      }
    }
  }

  /**
   * With constant scores and 1,500 samples per estimation menu (relative error about
   * 1/√1500 per ratio) the learnt estimate must match the truth up to scale, and MenuDist at
   * the estimate must realise the targets: the targeted and the realised choice distributions
   * stay close (Lemma 6: the distance is governed by the score error).
   */
  @Test
  void learntScoresMatchConstantPreferencesAndTargetsAreRealised() {
    double[] truth = {1.0, 0.6, 0.35, 0.8, 0.5};
    int n = truth.length;
    int k = 2;
    long t = 20_000;
    MenuProblem problem = MenuProblem.uniformStart(n, k, t, 1.0);
    EirdTargeting.Settings defaults = EirdTargeting.Settings.defaults(problem, 0.3);
    EirdTargeting.Settings settings = new EirdTargeting.Settings(0.3, defaults.saturationRounds(),
        1_500, defaults.driftThreshold(), defaults.slack(), defaults.dbg());
    EirdTargeting algorithm = new EirdTargeting(problem, settings, new SplittableRandom(1));
    MenuAgent agent = new MenuAgent(new ConstantPreferences(truth, 0.3),
        DiscountedMemory.uniform(n, 1.0), k);
    TestOnlyPlayLoop.Outcome outcome = TestOnlyPlayLoop.play(algorithm, agent,
        new StochasticRewards(new double[] {0.2, 0.9, 0.4, 0.6, 0.5}, 3), t, 0, new SplittableRandom(2));
    assertThat(algorithm.learningStages()).isPositive();
    double[] estimate = algorithm.scoreEstimate();
    for (int i = 0; i < n; i++) {
      assertThat(estimate[i]).as("item %s", i).isCloseTo(truth[i], within(0.1 * truth[i]));
    }
    assertThat(outcome.meanTargetDistance()).isLessThan(0.05);
    assertThat(outcome.targetedRounds()).isGreaterThan(2_000);
  }

  @Test
  void menusOfOneItemNeedNoLearningAndAreRealisedExactly() {
    MenuProblem problem = MenuProblem.uniformStart(4, 1, 2_000, 0.9);
    EirdTargeting algorithm = new EirdTargeting(problem, 0.5, new SplittableRandom(4));
    MenuAgent agent = new MenuAgent(new ConstantPreferences(new double[] {1, 0.5, 0.7, 0.9}, 0.5),
        DiscountedMemory.uniform(4, 0.9), 1);
    TestOnlyPlayLoop.Outcome outcome = TestOnlyPlayLoop.play(algorithm, agent,
        new StochasticRewards(new double[] {0.1, 0.2, 0.9, 0.4}, 5), 2_000, 0, new SplittableRandom(6));
    assertThat(algorithm.learningStages()).isZero();
    assertThat(outcome.meanTargetDistance()).isLessThan(1e-9);
  }

  @Test
  void settingsAreValidated() {
    assertThatThrownBy(() -> new EirdTargeting.Settings(0, 1, 1, 0.1, 0.1, null))
        .hasMessageContaining("lambda");
    assertThatThrownBy(() -> new EirdTargeting.Settings(0.5, 1, 0, 0.1, 0.1, null))
        .hasMessageContaining("samples per menu");
    assertThatThrownBy(() -> new EirdTargeting.Settings(0.5, 1, 1, 0, 0.1, null))
        .hasMessageContaining("drift threshold");
  }
}
