package org.recbench.engine.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recbench.core.run.TestSpecs;
import org.recbench.core.trial.TrialSpec;

class TrialSlicesTest {

  private static List<TrialSpec> trials(int n) {
    List<TrialSpec> trials = new ArrayList<>();
    for (int seed = 0; seed < n; seed++) {
      trials.add(TestSpecs.spec(TestSpecs.config("test.counting", Map.of()),
          TestSpecs.config("test.round-robin", Map.of()), List.of("reward"), seed,
          TestSpecs.steps(10), 10L));
    }
    return trials;
  }

  @Test
  void everyTrialIsInExactlyOneSliceDealtRoundRobinInPlanOrder() {
    List<TrialSpec> trials = trials(103);

    List<ArrayList<TrialSpec>> slices = TrialSlices.deal(trials, 2, 10);

    assertThat(slices).hasSize(11);
    for (int i = 0; i < trials.size(); i++) {
      assertThat(slices.get(i % 11).get(i / 11)).isSameAs(trials.get(i));
    }
    assertThat(slices.stream().mapToInt(List::size).sum()).isEqualTo(103);
    assertThat(slices).allSatisfy(s -> assertThat(s.size()).isBetween(9, 10));
  }

  @Test
  void thereAreFourSlicesPerCoreUnlessSlicesWouldExceedTheirMaximumOrBeEmpty() {
    assertThat(TrialSlices.deal(trials(40), 2, 16)).hasSize(8);
    assertThat(TrialSlices.deal(trials(40), 2, 1)).hasSize(40);
    assertThat(TrialSlices.deal(trials(5), 4, 16)).hasSize(5)
        .allSatisfy(s -> assertThat(s).hasSize(1));
    assertThat(TrialSlices.deal(trials(0), 2, 16)).isEmpty();
  }

  @Test
  void parallelismAndSliceSizeMustBePositive() {
    assertThatThrownBy(() -> TrialSlices.deal(trials(3), 0, 16))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TrialSlices.deal(trials(3), 2, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
