package org.recbench.bandits;

/**
 * Binomial probabilities P(Bin(n, p) = k) to full double precision by C. Loader (2000), "Fast and
 * accurate computation of binomial probabilities" (technical report): the saddle-point
 * expansion
 *
 * <pre>
 *   P(k) = exp(δ(n) − δ(k) − δ(n − k) − D(k, np) − D(n − k, n(1 − p))) √(n / (2π k (n − k)))
 * </pre>
 *
 * with the Stirling error δ(m) = ln m! − ln(√(2πm) (m/e)^m) and the deviance term
 * D(x, μ) = x ln(x/μ) + μ − x, both computed to avoid the cancellation of their naive forms. Unlike
 * exp(ln C(n, k) + k ln p + (n − k) ln(1 − p)), whose exponent is a difference of terms of
 * size n ln n, its relative error does not grow with n: it is about 10^-15 (1 + |ln P|) (tested
 * against exact arithmetic).
 */
final class BinomialProbability {

  /** δ(m) for m = 0 … 15 (δ(0) is not used), computed to 50 digits from ln m!. */
  private static final double[] STIRLING_ERRORS = {
    0, 0.08106146679532726, 0.0413406959554093, 0.02767792568499834,
    0.020790672103765093, 0.016644691189821193, 0.013876128823070748, 0.01189670994589177,
    0.010411265261972096, 0.009255462182712733, 0.00833056343336287, 0.007573675487951841,
    0.00694284010720953, 0.006408994188004207, 0.0059513701127588475, 0.005554733551962801,
  };
  private static final double LN_2PI = Math.log(2 * Math.PI);

  private BinomialProbability() {}

  /** P(Bin(n, p) = k) for integers 0 ≤ k ≤ n and 0 &lt; p &lt; 1. */
  static double pmf(long k, long n, double p) {
    if (k == 0) {
      return Math.exp(n * Math.log1p(-p));
    }
    if (k == n) {
      return Math.exp(n * Math.log(p));
    }
    double exponent = stirlingError(n) - stirlingError(k) - stirlingError(n - k)
        - deviance(k, n * p) - deviance(n - k, n * (1 - p));
    return Math.exp(exponent - 0.5 * (LN_2PI + Math.log(k) + Math.log1p(-(double) k / n)));
  }

  /**
   * δ(m) = ln m! − ln(√(2πm) (m/e)^m): the table for m ≤ 15, else the Stirling series
   * 1/(12m) − 1/(360m³) + 1/(1260m⁵) − 1/(1680m⁷) + 1/(1188m⁹), cut where its terms drop
   * below double precision.
   */
  static double stirlingError(long m) {
    if (m < STIRLING_ERRORS.length) {
      return STIRLING_ERRORS[(int) m];
    }
    double x = m;
    double xx = x * x;
    if (m > 500) {
      return (1.0 / 12 - 1.0 / 360 / xx) / x;
    }
    if (m > 80) {
      return (1.0 / 12 - (1.0 / 360 - 1.0 / 1260 / xx) / xx) / x;
    }
    if (m > 35) {
      return (1.0 / 12 - (1.0 / 360 - (1.0 / 1260 - 1.0 / 1680 / xx) / xx) / xx) / x;
    }
    return (1.0 / 12 - (1.0 / 360 - (1.0 / 1260 - (1.0 / 1680 - 1.0 / 1188 / xx) / xx) / xx) / xx)
        / x;
  }

  /**
   * D(x, μ) = x ln(x/μ) + μ − x ≥ 0. Near x = μ, where the three terms cancel, it sums the
   * series (x − μ) v + 2x Σ_{j≥1} v^(2j+1) / (2j + 1) with v = (x − μ)/(x + μ) instead; for
   * x in [μ/2, 3μ/2] it takes ln(x/μ) as log1p((x − μ)/μ), which does not round x/μ first.
   */
  static double deviance(double x, double mu) {
    if (Math.abs(x - mu) < 0.1 * (x + mu)) {
      double v = (x - mu) / (x + mu);
      double sum = (x - mu) * v;
      double power = 2 * x * v;
      double v2 = v * v;
      for (int j = 1; ; j++) {
        power *= v2;
        double next = sum + power / (2 * j + 1);
        if (next == sum) {
          return sum;
        }
        sum = next;
      }
    }
    double logRatio = Math.abs(x - mu) <= 0.5 * mu ? Math.log1p((x - mu) / mu) : Math.log(x / mu);
    return x * logRatio + mu - x;
  }
}
