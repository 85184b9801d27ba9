package org.recbench.bandits;

import java.util.random.RandomGenerator;

/**
 * The upper tail of a Beta(α, β) law with integer shapes above a point q: its probability, and
 * exact draws from the law conditioned on it. Thompson sampling's posteriors have integer shapes
 * (successes + 1, failures + 1), which is what makes the probability a finite sum.
 */
final class BetaTails {

  private BetaTails() {}

  /**
   * P(θ &gt; q) for θ ~ Beta(α, β) with integers α, β ≥ 1 and 0 &lt; q &lt; 1. Beta(α, β) is the
   * law of the α-th smallest of n = α + β − 1 independent uniforms, and θ &gt; q exactly when
   * fewer than α of them fall below q:
   *
   * <pre>  P(θ &gt; q) = P(Bin(n, q) ≤ α − 1) = Σ_{j=0}^{α−1} C(n, j) q^j (1 − q)^(n−j).</pre>
   *
   * The sum starts from its last term, computed by {@link BinomialProbability#pmf}, and goes
   * down with the ratio of successive terms, j (1 − q) / ((n − j + 1) q), until the rest is
   * below 2^-60 of the sum. When q lies above the mode of θ the terms decrease downwards, so
   * this takes few terms; it is correct, only slower, otherwise.
   */
  static double upperTail(double alpha, double beta, double q) {
    if (!(alpha >= 1 && beta >= 1 && alpha == Math.rint(alpha) && beta == Math.rint(beta)
        && alpha + beta < 0x1p53)) {
      throw new IllegalArgumentException("Beta shapes must be integers >= 1, were " + alpha
          + ", " + beta);
    }
    if (!(q > 0 && q < 1)) {
      throw new IllegalArgumentException("q must lie in (0, 1), was " + q);
    }
    long n = (long) (alpha + beta) - 1;
    long j = (long) alpha - 1;
    double term = BinomialProbability.pmf(j, n, q);
    double sum = term;
    double odds = (1 - q) / q;
    for (; j > 0 && term > 0; j--) {
      double ratio = j * odds / (n - j + 1);
      term *= ratio;
      sum += term;
      if (ratio < 1 && term * ratio / (1 - ratio) < 0x1p-60 * sum) {
        break;
      }
    }
    return sum;
  }

  /**
   * The slope λ = (α − 1)/q − (β − 1)/(1 − q) of ln f at q, for the density f of Beta(α, β);
   * negative exactly when q lies above the mode.
   */
  static double logDensitySlope(double alpha, double beta, double q) {
    return (alpha - 1) / q - (beta - 1) / (1 - q);
  }

  /**
   * A draw of θ ~ Beta(α, β) conditioned on θ &gt; q, for α, β ≥ 1 and q above the mode (slope
   * λ = {@link #logDensitySlope} &lt; 0), by rejection from the exponential law tangent to ln f
   * at q: ln f is concave for α, β ≥ 1, so f(x) ≤ f(q) e^(λ(x − q)) for every x. Propose
   * x = q + E/|λ| with E ~ Exp(1), reject x ≥ 1, and accept with probability
   * f(x) / (f(q) e^(λ(x − q))), that is when an independent E' ~ Exp(1) satisfies
   * E' ≥ −[(α − 1)(ln x − ln q) + (β − 1)(ln(1 − x) − ln(1 − q)) − λ(x − q)]. The test is
   * evaluated at the rounded x that is returned.
   *
   * @param logQ ln q
   * @param logOneMinusQ ln(1 − q)
   */
  static double sampleAbove(RandomGenerator rng, double alpha, double beta, double q,
      double logQ, double logOneMinusQ, double slope) {
    while (true) {
      double x = q + rng.nextExponential() / -slope;
      if (x >= 1) {
        continue;
      }
      double logRatio = (alpha - 1) * (Math.log(x) - logQ)
          + (beta - 1) * (Math.log(1 - x) - logOneMinusQ) - slope * (x - q);
      if (rng.nextExponential() >= -logRatio) {
        return x;
      }
    }
  }
}
