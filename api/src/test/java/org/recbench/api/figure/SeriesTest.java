package org.recbench.api.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SeriesTest {

  @Test
  void aSeriesCopiesItsArraysInAndOutAndComparesByContent() {
    double[] x = {1, 2};
    Series series = new Series("s", x, new double[] {3, 4}, new double[] {2, 3},
        new double[] {4, 5});
    x[0] = 99;
    series.x()[1] = 99;

    assertThat(series.x()).containsExactly(1, 2);
    assertThat(series).isEqualTo(new Series("s", new double[] {1, 2}, new double[] {3, 4},
        new double[] {2, 3}, new double[] {4, 5}));
    assertThat(series.hasInterval()).isTrue();
  }

  @Test
  void lengthsMustAgreeAndIntervalsComeInPairs() {
    assertThatThrownBy(() -> Series.of("s", new double[2], new double[3]))
        .hasMessage("series s has 2 x values but 3 y values");
    assertThatThrownBy(() -> new Series("s", new double[2], new double[2], new double[2], null))
        .hasMessage("series s needs both interval ends or none");
  }
}
