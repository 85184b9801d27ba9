package org.recbench.core.stats;

import org.apache.commons.statistics.inference.WilcoxonSignedRankTest;

/**
 * Two-sided paired Wilcoxon signed-rank test (Wilcoxon, <i>Biometrics Bulletin</i> 1(6), 1945),
 * computed by Commons Statistics' {@link WilcoxonSignedRankTest} with its defaults:
 * <ul>
 *   <li>zero differences are dropped first (Wilcoxon's original procedure, as R's
 *       {@code wilcox.test} does): paired trials of two policies often end identically, and
 *       ranking the zeros (Pratt) lets the library's tie correction of the zero group exceed the
 *       variance, which gave NaN for 19 zeros and one non-zero difference;</li>
 *   <li>the exact null distribution of {@code W+} when at most 50 differences remain and no
 *       absolute differences tie;</li>
 *   <li>otherwise the normal approximation with the tie correction of the variance and a
 *       continuity correction of 0.5.</li>
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
    double[] differences = new double[x.length];
    int nonZero = 0;
    for (int i = 0; i < x.length; i++) {
      double d = x[i] - y[i];
      if (Double.isNaN(d)) {
        throw new IllegalArgumentException("paired samples hold NaN at index " + i);
      }
      if (d != 0) {
        differences[nonZero++] = d;
      }
    }
    if (nonZero == 0) {
      return new Result(0, 1);
    }
    WilcoxonSignedRankTest.Result result =
        TEST.test(java.util.Arrays.copyOf(differences, nonZero));
    return new Result(result.getStatistic(), result.getPValue());
  }
}
