package org.recbench.menus.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BestMenuTest {

  /** Dinkelbach's iteration finds the value of the best of all C(n, k) menus. */
  @Test
  void bestMenuEqualsBruteForceOnRandomInstances() {
    SplittableRandom random = new SplittableRandom(11);
    for (int trial = 0; trial < 2_000; trial++) {
      int n = 1 + random.nextInt(9);
      int k = 1 + random.nextInt(n);
      double[] scores = new double[n];
      double[] rewards = new double[n];
      for (int i = 0; i < n; i++) {
        scores[i] = 0.01 + random.nextDouble();
        rewards[i] = trial % 3 == 0 ? random.nextInt(3) / 2.0 : random.nextDouble();
      }
      int[] menu = new int[k];
      double found = new BestMenu(n, k).find(scores, rewards, menu);
      Menus.requireValid(menu, n, k);
      assertThat(BestMenu.value(scores, rewards, menu)).isEqualTo(found);
      Combinations all = new Combinations(n, k);
      double best = Double.NEGATIVE_INFINITY;
      int[] subset = new int[k];
      for (long rank = 0; rank < all.count(); rank++) {
        all.unrank(rank, subset);
        best = Math.max(best, BestMenu.value(scores, rewards, subset));
      }
      assertThat(found).as("n = %s, k = %s", n, k).isCloseTo(best, within(1e-12));
    }
  }

  @Test
  void aLowScoredGoodItemIsPairedWithLowScoredCompanions() {
    // Item 0 pays most but is disliked; pairing it with the disliked item 2 beats the top-2
    // rewards {0, 1}: (0.2·0.9 + 0.2·0.55)/0.4 = 0.725 > (0.2·0.9 + 1·0.6)/1.2 = 0.65.
    int[] menu = new int[2];
    double value = new BestMenu(4, 2).find(new double[] {0.2, 1, 0.2, 1},
        new double[] {0.9, 0.6, 0.55, 0.1}, menu);
    assertThat(value).isCloseTo(0.725, within(1e-12));
    assertThat(menu).containsExactlyInAnyOrder(0, 2);
  }
}
