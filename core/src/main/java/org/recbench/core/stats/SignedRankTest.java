package org.recbench.core.stats;

import org.apache.commons.statistics.inference.WilcoxonSignedRankTest;

/**
 * Two-sided paired Wilcoxon signed-rank test (Wilcoxon, <i>Biometrics Bulletin</i> 1(6), 1945),
 * computed by Commons Statistics' {@link WilcoxonSignedRankTest} with its defaults:
 * <ul>
 *   <li>the exact null distribution of {@code W+} when there are at most 50 pairs, no tied
 *       absolute differences and no zero differences;</li>
 *   <li>otherwise the normal approximation with Cureton's correction for zeros (zero differences
 *       are ranked, then dropped from {@code W+}: Pratt's signed-rank zero procedure), the tie
 *       correction of the variance, and a continuity correction of 0.5.</li>
 * </ul>
 * When every difference is zero the two samples are identical and the p-value is 1.
 */
public final class SignedRankTest {

  private static final WilcoxonSignedRankTest TEST = WilcoxonSignedRankTest.withDefaults();

  private SignedRankTest() {}

  /**
   * Result of the test.
   *
   * @param wPlus sum of the ranks of the positive differences {@code x[i] - y[i]}
   * @param pValue two-sided p-value
   */
  public record Result(double wPlus, double pValue) {}

  /**
   * Tests whether the paired differences {@code x[i] - y[i]} are symmetric about zero.
   *
   * @throws IllegalArgumentException if the arrays are empty, differ in length or hold NaN
   */
  public static Result test(double[] x, double[] y) {
    if (x.length != y.length || x.length == 0) {
      throw new IllegalArgumentException("paired samples need the same non-zero length, were "
          + x.length + " and " + y.length);
    }
    boolean allZero = true;
    for (int i = 0; i < x.length && allZero; i++) {
      allZero = x[i] == y[i];
    }
    if (allZero) {
      return new Result(0, 1);
    }
    WilcoxonSignedRankTest.Result result = TEST.test(x, y);
    return new Result(result.getStatistic(), result.getPValue());
  }
}
