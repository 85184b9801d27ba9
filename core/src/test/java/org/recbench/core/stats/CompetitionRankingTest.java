package org.recbench.core.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CompetitionRankingTest {

  @Test
  void equalValuesShareTheBetterRankAndTheNextRankIsSkipped() {
    double[] values = {3, 5, 5, 1};

    assertThat(CompetitionRanking.ranks(values, true)).containsExactly(3, 1, 1, 4);
    assertThat(CompetitionRanking.ranks(values, false)).containsExactly(2, 3, 3, 1);
  }

  @Test
  void allEqualValuesAreAllFirst() {
    assertThat(CompetitionRanking.ranks(new double[] {2, 2, 2}, false)).containsExactly(1, 1, 1);
  }

  @Test
  void ranksMatchCountingStrictlyBetterValuesOnRandomInputs() {
    SplittableRandom random = new SplittableRandom(11);
    for (int round = 0; round < 100; round++) {
      double[] values = random.ints(8, 0, 5).asDoubleStream().toArray();
      int[] ranks = CompetitionRanking.ranks(values, true);
      for (int i = 0; i < values.length; i++) {
        for (int j = 0; j < values.length; j++) {
          if (values[i] > values[j]) {
            assertThat(ranks[i]).isLessThan(ranks[j]);
          } else if (values[i] == values[j]) {
            assertThat(ranks[i]).isEqualTo(ranks[j]);
          }
        }
      }
    }
  }
}
