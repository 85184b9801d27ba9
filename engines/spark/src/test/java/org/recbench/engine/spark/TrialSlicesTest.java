package org.recbench.engine.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrialSlicesTest {

  @Test
  void everyPositionIsInExactlyOneSliceDealtRoundRobinInPlanOrder() {
    List<int[]> slices = TrialSlices.deal(103, 2, 10);

    assertThat(slices).hasSize(11);
    for (int i = 0; i < 103; i++) {
      assertThat(slices.get(i % 11)[i / 11]).isEqualTo(i);
    }
    assertThat(slices.stream().mapToInt(s -> s.length).sum()).isEqualTo(103);
    assertThat(slices).allSatisfy(s -> assertThat(s.length).isBetween(9, 10));
  }

  @Test
  void thereAreFourSlicesPerCoreUnlessSlicesWouldExceedTheirMaximumOrBeEmpty() {
    assertThat(TrialSlices.deal(40, 2, 16)).hasSize(8);
    assertThat(TrialSlices.deal(40, 2, 1)).hasSize(40);
    assertThat(TrialSlices.deal(5, 4, 16)).hasSize(5)
        .allSatisfy(s -> assertThat(s).hasSize(1));
    assertThat(TrialSlices.deal(0, 2, 16)).isEmpty();
  }

  @Test
  void countsMustBeNonNegativeAndParallelismAndSliceSizePositive() {
    assertThatThrownBy(() -> TrialSlices.deal(-1, 2, 16))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TrialSlices.deal(3, 0, 16))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TrialSlices.deal(3, 2, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
