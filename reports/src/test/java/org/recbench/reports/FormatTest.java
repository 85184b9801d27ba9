package org.recbench.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatTest {

  private static Stat stat(double mean, double halfWidth) {
    return new Stat(1, 10, mean, 1, mean - halfWidth, mean + halfWidth, 1, null);
  }

  @Test
  void meanIsRoundedToTwoSignificantDigitsOfTheHalfWidth() {
    assertThat(Format.meanPlusMinus(stat(41.2371, 0.5321))).isEqualTo("41.24 ± 0.53");
    assertThat(Format.meanPlusMinus(stat(1234.5, 23.4))).isEqualTo("1235 ± 23");
    assertThat(Format.meanPlusMinus(stat(12345, 234))).isEqualTo("12345 ± 234");
    assertThat(Format.meanPlusMinus(stat(0.01234, 0.00051))).isEqualTo("0.01234 ± 0.00051");
  }

  @Test
  void tinyHalfWidthsSwitchToScientificNotation() {
    assertThat(Format.meanPlusMinus(stat(2.3e-6, 1.1e-7))).isEqualTo("2.30e-06 ± 1.1e-07");
  }

  @Test
  void zeroWidthIntervalShowsTheMeanAlone() {
    assertThat(Format.meanPlusMinus(stat(2000, 0))).isEqualTo("2000");
  }

  @Test
  void numbersKeepFourSignificantDigitsAndTheirIntegerPartWithoutTrailingZeros() {
    assertThat(Format.number(41.0)).isEqualTo("41");
    assertThat(Format.number(12345.6)).isEqualTo("12346");
    assertThat(Format.number(26801)).as("a node count keeps its digits").isEqualTo("26801");
    assertThat(Format.number(9_999_999)).isEqualTo("9999999");
    assertThat(Format.number(0.000123456)).isEqualTo("0.0001235");
    assertThat(Format.number(1.5e-9)).isEqualTo("1.500e-09");
    assertThat(Format.number(0)).isEqualTo("0");
  }

  @Test
  void pValuesHaveThreeDecimalsAndAFloor() {
    assertThat(Format.pValue(null)).isEqualTo(Format.MISSING);
    assertThat(Format.pValue(0.0496)).isEqualTo("0.050");
    assertThat(Format.pValue(0.0004)).isEqualTo("< 0.001");
    assertThat(Format.pValue(1.0)).isEqualTo("1.000");
  }
}
