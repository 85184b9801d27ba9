package org.recbench.menus.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LogLogSlopeTest {

  @Test
  void recoversTheExponentOfKnownPowerLaws() {
    double[] x = {1_000, 3_000, 10_000, 30_000, 100_000};
    for (double power : new double[] {0.5, 2.0 / 3, 1.0}) {
      double[] y = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        y[i] = 3 * Math.pow(x[i], power);
      }
      assertThat(LogLogSlope.of(x, y)).isCloseTo(power, within(1e-12));
    }
  }

  @Test
  void pointsWithoutALogarithmAreLeftOut() {
    assertThat(LogLogSlope.of(new double[] {10, 100, 1000}, new double[] {-5, 10, 100}))
        .isCloseTo(1.0, within(1e-12));
    assertThat(LogLogSlope.of(new double[] {10, 100}, new double[] {0, 10})).isNaN();
    assertThat(LogLogSlope.of(new double[] {10, 10}, new double[] {1, 2})).isNaN();
  }
}
