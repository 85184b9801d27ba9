package org.recbench.churn.numpy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Arrays built so that every summation order rounds differently: 2^53 absorbs a single 1 (ties to
 * even) but not a 2, so the result tells which terms were grouped first.
 */
class PairwiseSumTest {

  private static final double BIG = 0x1p53;

  @Test
  void fewerThanEightTermsAreAddedLeftToRight() {
    double[] values = {BIG, 1, 1, 1, 1, 1, 1};
    assertThat(PairwiseSum.sum(values)).as("each 1 is absorbed").isEqualTo(BIG);
  }

  @Test
  void eightToOneHundredTwentyEightTermsUseEightRunningSums() {
    // r0 = BIG, r1..r7 = 1: ((BIG+1) + (1+1)) + ((1+1) + (1+1)) = BIG + 6, then + 1 (the ninth
    // term) = BIG + 7, which rounds to the even BIG + 8.
    double[] nine = {BIG, 1, 1, 1, 1, 1, 1, 1, 1};
    assertThat(PairwiseSum.sum(nine)).isEqualTo(BIG + 8);
    // With 16 terms each running sum r1..r7 gets 1 + 1 = 2 and r0 = BIG + 1 = BIG:
    // (BIG + 2) + 4 + 8 = BIG + 14.
    double[] sixteen = new double[16];
    Arrays.fill(sixteen, 1);
    sixteen[0] = BIG;
    assertThat(PairwiseSum.sum(sixteen)).isEqualTo(BIG + 14);
  }

  @Test
  void longerArraysSplitAtAMultipleOfEightBelowTheMiddle() {
    // n = 200: the halves are [0, 96) and [96, 200). Ones in the second half sum exactly to 104;
    // the first half is BIG followed by 95 ones: r0 = BIG + 11·1 absorbed one at a time = BIG,
    // r1..r7 = 12 each = 84, total BIG + 84. BIG + 84 + 104 = BIG + 188.
    double[] values = new double[200];
    Arrays.fill(values, 1);
    values[0] = BIG;
    assertThat(PairwiseSum.sum(values)).isEqualTo(BIG + 188);
  }
}
