package org.recbench.churn.numpy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CorrectlyRoundedTest {

  /**
   * Arguments whose exact log / exp lies within 0.0014 ulp of a rounding boundary, found with
   * Python's {@code decimal} (60 digits): the expected values are the correctly rounded ones;
   * glibc 2.36's log and exp return the neighbouring double on each of them.
   */
  private static final String[][] HARD_LOGS = {
      {"0x1.93afb87ab4a30p-1", "-0x1.e6c80e6a3929fp-3"},
      {"0x1.7a3f9e36cd02ep-1", "-0x1.360a2ea662bfep-2"},
      {"0x1.b0b27edcb5a6dp-1", "-0x1.58a681d811cc5p-3"},
      {"0x1.c3f3ffc38efe6p-1", "-0x1.fef5d58019bb4p-4"},
      {"0x1.3badfb263c5fcp-2", "-0x1.2d3f180eff4e1p+0"},
      {"0x1.c7e70c6a7fa89p-1", "-0x1.db529c8baae1dp-4"}};
  private static final String[][] HARD_EXPS = {
      {"-0x1.2de9df27befa0p-2", "0x1.7d431b6d22204p-1"},
      {"-0x1.68be4e435c45ap+1", "0x1.e91e726d6e4dep-5"},
      {"0x1.3216785a23a04p+1", "0x1.5db09a6b1c043p+3"},
      {"0x1.3dee562f7e4f4p+0", "0x1.bb2aee11c492ep+1"},
      {"0x1.53266f9928922p+1", "0x1.c4c0ba43bda42p+3"},
      {"-0x1.7329b7ed28220p-3", "0x1.ab21bfdab0cc2p-1"}};

  @Test
  void logAndExpAreCorrectlyRoundedWhereGlibcIsNot() {
    for (String[] pair : HARD_LOGS) {
      assertThat(CorrectlyRounded.log(Double.parseDouble(pair[0])))
          .as(pair[0]).isEqualTo(Double.parseDouble(pair[1]));
    }
    for (String[] pair : HARD_EXPS) {
      assertThat(CorrectlyRounded.exp(Double.parseDouble(pair[0])))
          .as(pair[0]).isEqualTo(Double.parseDouble(pair[1]));
    }
  }

  @Test
  void logAndExpAreWithinOneUlpOfStrictMathEverywhere() {
    SplittableRandom rng = new SplittableRandom(3);
    for (int i = 0; i < 100_000; i++) {
      double x = Math.scalb(1 + rng.nextDouble(), rng.nextInt(-1074, 1024));
      assertThat(Math.abs(CorrectlyRounded.log(x) - StrictMath.log(x)))
          .as("log %s", x).isLessThanOrEqualTo(Math.ulp(StrictMath.log(x)));
      double y = rng.nextDouble(-CorrectlyRounded.EXP_LIMIT, CorrectlyRounded.EXP_LIMIT);
      assertThat(Math.abs(CorrectlyRounded.exp(y) - StrictMath.exp(y)))
          .as("exp %s", y).isLessThanOrEqualTo(Math.ulp(StrictMath.exp(y)));
    }
  }

  @Test
  void exactCasesAndSpecialValues() {
    assertThat(CorrectlyRounded.log(1)).isEqualTo(0.0);
    assertThat(CorrectlyRounded.log(Math.E)).isEqualTo(1.0);
    assertThat(CorrectlyRounded.log(Double.MIN_VALUE)).isEqualTo(-744.4400719213812);
    assertThat(CorrectlyRounded.log(0)).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(CorrectlyRounded.log(-1)).isNaN();
    assertThat(CorrectlyRounded.log(Double.POSITIVE_INFINITY)).isInfinite();
    assertThat(CorrectlyRounded.exp(0)).isEqualTo(1.0);
    assertThat(CorrectlyRounded.exp(1)).isEqualTo(Math.E);
    assertThat(CorrectlyRounded.exp(0x1p-60)).isEqualTo(1.0);
    assertThat(CorrectlyRounded.exp(-0x1p-60)).isEqualTo(1.0);
    assertThatThrownBy(() -> CorrectlyRounded.exp(701)).hasMessageContaining("700");
  }
}
