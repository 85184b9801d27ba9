package org.recbench.baselines;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.recbench.protocol.assortment.Assortment;
import org.recbench.protocol.assortment.AssortmentObservation;

class RandomAssortmentPolicyTest {

  /**
   * Every 2-subset of 5 items is offered equally often: over 50,000 rounds the χ² statistic of
   * the 10 subset counts stays below 27.9, the 0.999 quantile of χ²(9); every set has K distinct
   * items in range. (Harness-level checks of its expected revenue are in plugins/assortment.)
   */
  @Test
  void offersEverySetOfKItemsEquallyOften() {
    RandomAssortmentPolicy policy = new RandomAssortmentPolicy(new SplittableRandom(3));
    AssortmentObservation observation = AssortmentObservation.of(new double[0], new double[5],
        new double[] {1, 1, 1, 1, 1}, 2);
    Map<Integer, Integer> counts = new HashMap<>();
    int rounds = 50_000;
    for (int t = 0; t < rounds; t++) {
      Assortment set = policy.act(observation);
      assertThat(set.size()).isEqualTo(2);
      int a = set.item(0);
      int b = set.item(1);
      assertThat(a).isNotEqualTo(b).isBetween(0, 4);
      assertThat(b).isBetween(0, 4);
      counts.merge((1 << a) | (1 << b), 1, Integer::sum);
    }
    assertThat(counts).hasSize(10);
    double expected = rounds / 10.0;
    double chi2 = counts.values().stream()
        .mapToDouble(c -> (c - expected) * (c - expected) / expected).sum();
    assertThat(chi2).isLessThan(27.88);
  }
}
