package org.recbench.churn.numpy;

/**
 * Correctly rounded natural logarithm and exponential: the double nearest to the exact value
 * (ties to even), so that results do not depend on the platform's math library. Both evaluate
 * in double-double arithmetic (about 104 significant bits) and round once; the result can only
 * be wrong when the exact value lies within about 2^−100 (relative) of a rounding boundary, which
 * no double argument met in the tests.
 *
 * <p>{@code log} reduces x = m·2^k with m ∈ [√½, √2), then log m = 2 atanh(s) with
 * s = (m − 1)/(m + 1), |s| ≤ 0.172, summed to s^43. {@code exp} reduces x = k ln 2 + r with
 * |r| ≤ ln2/2 and sums the Taylor series of e^r to r^27.
 */
public final class CorrectlyRounded {

  /** ln 2 = LN2_HI + LN2_LO to about 2^−107. */
  private static final double LN2_HI = 0x1.62e42fefa39efp-1;
  private static final double LN2_LO = 0x1.abc9e3b39803fp-56;
  private static final double SQRT_HALF_TIMES_TWO = 1.4142135623730951;
  private static final int ATANH_TERMS = 22;
  private static final int TAYLOR_TERMS = 28;
  /** |x| beyond this is rejected by {@link #exp} (the result would leave the normal range). */
  public static final double EXP_LIMIT = 700;

  /** 1/(2j + 1) as double-double pairs (hi, lo). */
  private static final double[] ATANH_HI = new double[ATANH_TERMS];
  private static final double[] ATANH_LO = new double[ATANH_TERMS];
  /** 1/n! as double-double pairs. */
  private static final double[] TAYLOR_HI = new double[TAYLOR_TERMS];
  private static final double[] TAYLOR_LO = new double[TAYLOR_TERMS];

  static {
    for (int j = 0; j < ATANH_TERMS; j++) {
      double d = 2 * j + 1;
      ATANH_HI[j] = 1 / d;
      ATANH_LO[j] = Math.fma(-ATANH_HI[j], d, 1) / d;
    }
    TAYLOR_HI[0] = 1;
    for (int n = 1; n < TAYLOR_TERMS; n++) {
      double hi = TAYLOR_HI[n - 1] / n;
      double rem = (Math.fma(-hi, n, TAYLOR_HI[n - 1]) + TAYLOR_LO[n - 1]) / n;
      TAYLOR_HI[n] = hi + rem;
      TAYLOR_LO[n] = rem - (TAYLOR_HI[n] - hi);
    }
  }

  private CorrectlyRounded() {}

  /** The correctly rounded ln x; NaN for x &lt; 0 or NaN, −∞ for ±0, +∞ for +∞. */
  public static double log(double x) {
    if (!(x > 0) || x == Double.POSITIVE_INFINITY) {
      return x == 0 ? Double.NEGATIVE_INFINITY : x > 0 ? x : Double.NaN;
    }
    int k = 0;
    if (x < Double.MIN_NORMAL) {
      x *= 0x1p54;
      k = -54;
    }
    int exponent = Math.getExponent(x);
    double m = Math.scalb(x, -exponent);
    k += exponent;
    if (m > SQRT_HALF_TIMES_TWO) {
      m /= 2;
      k++;
    }
    // s = (m − 1) / (m + 1): m − 1 is exact (Sterbenz), m + 1 as a double-double.
    double f = m - 1;
    double dh = m + 1;
    double dl = twoSumError(m, 1, dh);
    double sh = f / dh;
    double sl = (Math.fma(-sh, dh, f) - sh * dl) / dh;
    double s0 = sh + sl;
    sl = sl - (s0 - sh);
    sh = s0;
    // z = s², then p = Σ z^j / (2j + 1) by Horner.
    double zh = sh * sh;
    double zl = Math.fma(sh, sh, -zh) + 2 * sh * sl;
    double z0 = zh + zl;
    zl = zl - (z0 - zh);
    zh = z0;
    double ph = ATANH_HI[ATANH_TERMS - 1];
    double pl = ATANH_LO[ATANH_TERMS - 1];
    for (int j = ATANH_TERMS - 2; j >= 0; j--) {
      double mh = ph * zh;
      double ml = Math.fma(ph, zh, -mh) + (ph * zl + pl * zh);
      double th = mh + ATANH_HI[j];
      double tl = twoSumError(mh, ATANH_HI[j], th) + ml + ATANH_LO[j];
      ph = th + tl;
      pl = tl - (ph - th);
    }
    // log m = 2 s p.
    double lh = 2 * (sh * ph);
    double ll = 2 * (Math.fma(sh, ph, -sh * ph) + (sh * pl + sl * ph));
    // k ln 2 + log m.
    double kh = k * LN2_HI;
    double kl = Math.fma(k, LN2_HI, -kh) + k * LN2_LO;
    double rh = kh + lh;
    double rl = twoSumError(kh, lh, rh) + kl + ll;
    return rh + rl;
  }

  /**
   * The correctly rounded e^x for |x| ≤ {@value #EXP_LIMIT}; NaN for NaN.
   *
   * @throws IllegalArgumentException when |x| &gt; {@value #EXP_LIMIT}
   */
  public static double exp(double x) {
    if (Double.isNaN(x)) {
      return x;
    }
    if (!(Math.abs(x) <= EXP_LIMIT)) {
      throw new IllegalArgumentException("CorrectlyRounded.exp needs |x| <= " + EXP_LIMIT
          + ", was " + x);
    }
    double k = Math.rint(x / LN2_HI);
    // r = x − k ln 2 as a double-double: k·LN2_HI is exact in two parts.
    double ph = k * LN2_HI;
    double pe = Math.fma(k, LN2_HI, -ph);
    double rh = x - ph;
    double rl = twoSumError(x, -ph, rh) - pe - k * LN2_LO;
    double r0 = rh + rl;
    rl = rl - (r0 - rh);
    rh = r0;
    double eh = TAYLOR_HI[TAYLOR_TERMS - 1];
    double el = TAYLOR_LO[TAYLOR_TERMS - 1];
    for (int n = TAYLOR_TERMS - 2; n >= 0; n--) {
      double mh = eh * rh;
      double ml = Math.fma(eh, rh, -mh) + (eh * rl + el * rh);
      double th = mh + TAYLOR_HI[n];
      double tl = twoSumError(mh, TAYLOR_HI[n], th) + ml + TAYLOR_LO[n];
      eh = th + tl;
      el = tl - (eh - th);
    }
    return Math.scalb(eh + el, (int) k);
  }

  /** The rounding error of a + b when {@code sum} = fl(a + b) (Knuth's TwoSum). */
  private static double twoSumError(double a, double b, double sum) {
    double bv = sum - a;
    return (a - (sum - bv)) + (b - bv);
  }
}
