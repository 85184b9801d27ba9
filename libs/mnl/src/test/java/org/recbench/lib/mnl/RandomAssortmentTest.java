package org.recbench.lib.mnl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RandomAssortmentTest {

  @Test
  void everySubsetOfTheSizeIsEquallyLikely() {
    SplittableRandom rng = new SplittableRandom(4);
    int[] out = new int[2];
    int[] counts = new int[1 << 5];
    int draws = 50_000;
    for (int d = 0; d < draws; d++) {
      assertThat(RandomAssortment.draw(rng, 5, 2, out)).isEqualTo(2);
      assertThat(out[0]).isNotEqualTo(out[1]);
      counts[(1 << out[0]) | (1 << out[1])]++;
    }
    double expected = draws / 10.0;
    double chiSquare = 0.0;
    int subsets = 0;
    for (int mask = 0; mask < counts.length; mask++) {
      if (Integer.bitCount(mask) == 2) {
        subsets++;
        chiSquare += (counts[mask] - expected) * (counts[mask] - expected) / expected;
      } else {
        assertThat(counts[mask]).isZero();
      }
    }
    assertThat(subsets).isEqualTo(10);
    // 99.9% quantile of chi-square with 9 degrees of freedom
    assertThat(chiSquare).isLessThan(27.88);
  }

  @Test
  void sizeIsCappedByTheNumberOfItems() {
    int[] out = new int[4];
    assertThat(RandomAssortment.draw(new SplittableRandom(1), 3, 4, out)).isEqualTo(3);
    assertThat(out[0] + out[1] + out[2]).isEqualTo(3);
  }
}
