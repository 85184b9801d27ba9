package org.recbench.bandits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.recbench.protocol.bandit.BanditObservation;

/** Pull counts kept as doubles stay exact integers, and the means are S_k / n_k. */
class ArmStatisticsTest {

  @Test
  void countsStayExactIntegersAndMeansAreSumsOverCounts() {
    ArmStatistics statistics = new ArmStatistics();
    statistics.fit(new BanditObservation(3));
    for (int i = 0; i < 3_000_001; i++) {
      statistics.record(i % 2, i % 3 == 0 ? 1 : 0);
    }

    assertThat(statistics.pulls(0)).isEqualTo(1_500_001.0);
    assertThat(statistics.pulls(1)).isEqualTo(1_500_000.0);
    assertThat(statistics.pulls(2)).isZero();
    assertThat(statistics.total()).isEqualTo(3_000_001L);
    assertThat(statistics.mean(0)).isEqualTo(statistics.sum(0) / 1_500_001L);
    assertThat(statistics.mean(1)).isEqualTo(statistics.sum(1) / 1_500_000L);
    assertThat(statistics.firstUnpulled()).isEqualTo(2);
  }
}
