package org.recbench.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AxisScaleTest {

  @Test
  void stepIsOneTwoOrFiveTimesAPowerOfTenAndTheDomainCoversTheData() {
    SplittableRandom random = new SplittableRandom(3);
    for (int i = 0; i < 1000; i++) {
      double low = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-6, 7));
      double high = low + random.nextDouble() * Math.pow(10, random.nextInt(-6, 7));

      AxisScale scale = AxisScale.covering(low, high, 6);

      double mantissa = scale.step() / Math.pow(10, Math.floor(Math.log10(scale.step())));
      assertThat(Math.round(mantissa * 1000) / 1000.0).isIn(1.0, 2.0, 5.0);
      assertThat(scale.min()).isLessThanOrEqualTo(low);
      assertThat(scale.max()).isGreaterThanOrEqualTo(high);
      assertThat(scale.ticks().size()).isBetween(3, 12);
    }
  }

  @Test
  void roundsToTheNearestNiceStep() {
    AxisScale scale = AxisScale.covering(-0.85, 1064, 6);

    assertThat(scale.step()).isEqualTo(200);
    assertThat(scale.ticks()).containsExactly(-200.0, 0.0, 200.0, 400.0, 600.0, 800.0, 1000.0,
        1200.0);
  }

  @Test
  void aFlatSeriesStillGetsAnAxis() {
    AxisScale scale = AxisScale.covering(5, 5, 6);

    assertThat(scale.min()).isLessThan(5);
    assertThat(scale.max()).isGreaterThan(5);
  }

  @Test
  void aRangeOfRoundingErrorCountsAsFlat() {
    double third = 1.0 / 3;
    AxisScale scale = AxisScale.covering(third - 5.6e-17, third + 1.1e-16, 6);

    assertThat(scale.min()).isLessThanOrEqualTo(0.3);
    assertThat(scale.max()).isGreaterThanOrEqualTo(0.36);
    assertThat(scale.step()).isGreaterThanOrEqualTo(0.01);
    assertThat(AxisScale.covering(1, 1 + 1e-6, 6).step()).isLessThan(1e-6);
  }

  @Test
  void labelsUseTheStepsDecimalsAndThousandsSuffixes() {
    assertThat(AxisScale.covering(0, 1, 6).label(0.2)).isEqualTo("0.2");
    assertThat(AxisScale.covering(0, 0.1, 6).label(0.02)).isEqualTo("0.02");
    assertThat(AxisScale.covering(0, 2000, 6).label(1500)).isEqualTo("1500");
    assertThat(AxisScale.covering(0, 100_000, 6).label(40_000)).isEqualTo("40k");
    assertThat(AxisScale.covering(0, 5e6, 6).label(2e6)).isEqualTo("2M");
  }

  @Test
  void mapIsLinearFromTheDomainToThePixels() {
    AxisScale scale = AxisScale.covering(0, 100, 6);

    assertThat(scale.map(scale.min(), 200, 10)).isEqualTo(200);
    assertThat(scale.map(scale.max(), 200, 10)).isEqualTo(10);
    assertThat(scale.map((scale.min() + scale.max()) / 2, 200, 10)).isEqualTo(105);
  }
}
