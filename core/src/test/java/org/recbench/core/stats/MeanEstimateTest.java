package org.recbench.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MeanEstimateTest {

  /**
   * By hand for {1, 2, 3, 4, 5}: mean 3, s² = 10/4 = 2.5, s/√5 = 0.7071068, and
   * t(0.975; 4) = 2.7764451 (any t table), so the half-width is 1.9632432.
   */
  @Test
  void studentTIntervalMatchesHandComputation() {
    MeanEstimate e = MeanEstimate.of(new double[] {1, 2, 3, 4, 5}, ConfidenceMethod.T);

    assertThat(e.n()).isEqualTo(5);
    assertThat(e.mean()).isEqualTo(3.0);
    assertThat(e.sd()).isCloseTo(Math.sqrt(2.5), within(1e-15));
    assertThat(e.ci().low()).isCloseTo(3 - 1.9632432, within(1e-7));
    assertThat(e.ci().high()).isCloseTo(3 + 1.9632432, within(1e-7));
  }

  /** t(0.975; 1) = 12.7062047: two values 0 and 2 give mean 1, s = √2, half-width 12.706. */
  @Test
  void studentTIntervalWithTwoValuesUsesOneDegreeOfFreedom() {
    Interval ci = StudentTInterval.of(2, 1, Math.sqrt(2));

    assertThat(ci.high() - 1).isCloseTo(12.7062047, within(1e-6));
  }

  @Test
  void singleValueHasZeroSpreadAndPointIntervalForBothMethods() {
    for (ConfidenceMethod method : ConfidenceMethod.values()) {
      MeanEstimate e = MeanEstimate.of(new double[] {4.5}, method);

      assertThat(e.sd()).isZero();
      assertThat(e.ci()).isEqualTo(Interval.point(4.5));
    }
  }

  @Test
  void aConstantSampleHasItsValueAsMeanZeroSpreadAndAPointInterval() {
    double[] same = new double[20];
    Arrays.fill(same, 7.89);
    assertThat(Arrays.stream(same).sum() / same.length).as("the naive mean drifts")
        .isNotEqualTo(7.89);
    for (ConfidenceMethod method : ConfidenceMethod.values()) {
      MeanEstimate e = MeanEstimate.of(same, method);

      assertThat(e.mean()).isEqualTo(7.89);
      assertThat(e.sd()).isZero();
      assertThat(e.ci()).isEqualTo(Interval.point(7.89));
    }
  }

  @Test
  void emptyOrNonFiniteSamplesAreRejected() {
    assertThatThrownBy(() -> MeanEstimate.of(new double[0], ConfidenceMethod.T))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    assertThatThrownBy(() -> MeanEstimate.of(new double[] {1, Double.NaN}, ConfidenceMethod.T))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
  }
}
