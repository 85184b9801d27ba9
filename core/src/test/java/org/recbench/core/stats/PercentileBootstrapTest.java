package org.recbench.core.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PercentileBootstrapTest {

  private static final double[] SAMPLE = {12.1, 9.8, 11.4, 10.2, 13.7, 8.9, 10.8, 11.9, 9.5, 12.6};

  @Test
  void intervalBracketsTheMeanAndLiesWithinTheRange() {
    Interval ci = PercentileBootstrap.interval(SAMPLE);
    double mean = MeanEstimate.of(SAMPLE, ConfidenceMethod.T).mean();

    assertThat(ci.low()).isLessThan(mean).isGreaterThan(8.9);
    assertThat(ci.high()).isGreaterThan(mean).isLessThan(13.7);
  }

  @Test
  void sameDataGiveTheSameIntervalEveryTime() {
    assertThat(PercentileBootstrap.interval(SAMPLE.clone()))
        .isEqualTo(PercentileBootstrap.interval(SAMPLE.clone()));
  }

  @Test
  void seedDependsOnValuesAndTheirOrder() {
    double[] swapped = SAMPLE.clone();
    swapped[0] = SAMPLE[1];
    swapped[1] = SAMPLE[0];

    assertThat(PercentileBootstrap.seedOf(swapped))
        .isNotEqualTo(PercentileBootstrap.seedOf(SAMPLE));
    assertThat(PercentileBootstrap.seedOf(new double[] {0.0}))
        .isNotEqualTo(PercentileBootstrap.seedOf(new double[] {0.0, 0.0}));
  }

  /**
   * For 200 roughly normal values the bootstrap and Student-t intervals estimate the same thing:
   * their widths agree within 10% (the bootstrap's is about √((n-1)/n) · z/t ≈ 0.97 of it).
   */
  @Test
  void widthAgreesWithStudentTOnALargeNormalSample() {
    SplittableRandom random = new SplittableRandom(7);
    double[] values = new double[200];
    for (int i = 0; i < values.length; i++) {
      values[i] = 5 + 2 * random.nextGaussian();
    }
    Interval bootstrap = MeanEstimate.of(values, ConfidenceMethod.BOOTSTRAP).ci();
    Interval t = MeanEstimate.of(values, ConfidenceMethod.T).ci();

    double ratio = (bootstrap.high() - bootstrap.low()) / (t.high() - t.low());
    assertThat(ratio).isBetween(0.9, 1.1);
  }

  @Test
  void equalValuesGiveAPointInterval() {
    assertThat(PercentileBootstrap.interval(new double[] {2.5, 2.5, 2.5}))
        .isEqualTo(Interval.point(2.5));
  }

  /** Type 7 (R's default): for 1, 2, 3, 4 the quartiles are 1.75 and 3.25, the median 2.5. */
  @Test
  void quantileInterpolatesLinearlyBetweenOrderStatistics() {
    double[] sorted = {1, 2, 3, 4};

    assertThat(PercentileBootstrap.quantile(sorted, 0.25)).isEqualTo(1.75);
    assertThat(PercentileBootstrap.quantile(sorted, 0.5)).isEqualTo(2.5);
    assertThat(PercentileBootstrap.quantile(sorted, 0.75)).isEqualTo(3.25);
    assertThat(PercentileBootstrap.quantile(sorted, 1)).isEqualTo(4);
  }
}
