package org.recbench.menus.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.recbench.menus.memory.DiscountedMemory;
import org.recbench.menus.preference.LinearPreferences;

class MenuAgentTest {

  private static MenuAgent agent() {
    return new MenuAgent(LinearPreferences.familiarity(5, 0.2), DiscountedMemory.uniform(5, 0.9), 3);
  }

  @Test
  void menusOfTheWrongSizeOrWithRepeatedItemsFailWithAClearMessage() {
    SplittableRandom random = new SplittableRandom(1);
    MenuAgent agent = agent();
    assertThatThrownBy(() -> agent.choose(new int[] {0, 1}, random))
        .hasMessage("a menu must hold exactly k = 3 items, got 2");
    assertThatThrownBy(() -> agent.choose(new int[] {0, 1, 1}, random))
        .hasMessage("menu repeats item 1: a menu must hold k = 3 distinct items");
    assertThatThrownBy(() -> agent.choose(new int[] {0, 1, 5}, random))
        .hasMessage("menu item 5 is not in [0, 5)");
    assertThat(agent.memory().selections()).isZero();
  }

  @Test
  void theChoiceIsFromTheMenuAndUpdatesTheMemory() {
    SplittableRandom random = new SplittableRandom(2);
    MenuAgent agent = agent();
    DiscountedMemory shadow = DiscountedMemory.uniform(5, 0.9);
    for (int t = 0; t < 200; t++) {
      int[] menu = {t % 5, (t + 1) % 5, (t + 3) % 5};
      int item = agent.choose(menu, random);
      assertThat(menu).contains(item);
      shadow.select(item);
      assertThat(agent.memory().vector()).containsExactly(shadow.vector(), within(1e-15));
    }
  }

  @Test
  void randomSubsetsAreUniformOverAllMenus() {
    SplittableRandom random = new SplittableRandom(3);
    Combinations combinations = new Combinations(5, 2);
    int[] counts = new int[(int) combinations.count()];
    int[] permutation = Menus.identity(5);
    int[] menu = new int[2];
    int draws = 100_000;
    for (int d = 0; d < draws; d++) {
      Menus.randomSubset(permutation, random, menu);
      java.util.Arrays.sort(menu);
      counts[(int) combinations.rank(menu)]++;
    }
    double p = 1.0 / counts.length;
    for (int c : counts) {
      assertThat((double) c / draws).isCloseTo(p, within(5 * Math.sqrt(p * (1 - p) / draws)));
    }
  }

  @Test
  void combinationsUnrankIsABijectionOntoIncreasingSubsets() {
    Combinations combinations = new Combinations(7, 3);
    assertThat(combinations.count()).isEqualTo(35);
    Set<String> seen = new HashSet<>();
    int[] s = new int[3];
    for (long r = 0; r < 35; r++) {
      combinations.unrank(r, s);
      assertThat(s[0]).isLessThan(s[1]);
      assertThat(s[1]).isLessThan(s[2]);
      assertThat(s[2]).isLessThan(7);
      assertThat(combinations.rank(s)).isEqualTo(r);
      seen.add(java.util.Arrays.toString(s));
    }
    assertThat(seen).hasSize(35);
  }

  @Test
  void smallestPicksTheLeastRememberedItemsExceptTheExcluded() {
    int[] out = new int[3];
    Menus.smallest(new double[] {0.3, 0.05, 0.4, 0.05, 0.2}, 1, 2, out, 1);
    assertThat(out).containsExactly(0, 3, 4);
  }
}
