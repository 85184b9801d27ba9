package org.recbench.bandits;

import java.util.random.RandomGenerator;

/** Gamma and Beta variates drawn from a {@link RandomGenerator}, for Thompson sampling. */
final class RandomVariates {

  private RandomVariates() {}

  /**
   * A Gamma(shape, 1) variate by Marsaglia and Tsang (2000), "A simple method for generating
   * gamma variables", ACM TOMS 26(3):363-372. For shape α ≥ 1, with d = α − 1/3 and
   * c = 1/√(9d): draw x ~ N(0, 1) until v = (1 + cx)³ is positive, draw u ~ U(0, 1), and return
   * dv if {@code u < 1 - 0.0331 x^4} (the squeeze) or {@code ln u < x^2/2 + d(1 - v + ln v)};
   * otherwise start again. For α below 1 the paper's boost applies:
   * Gamma(α) = Gamma(α + 1) · U^(1/α).
   *
   * @param shape α, positive
   */
  static double gamma(RandomGenerator rng, double shape) {
    if (shape < 1) {
      return gamma(rng, shape + 1) * Math.pow(1 - rng.nextDouble(), 1 / shape);
    }
    double d = marsagliaTsangD(shape);
    return marsagliaTsang(rng, d, marsagliaTsangC(d));
  }

  /** d = α − 1/3 of Marsaglia and Tsang's method for shape α ≥ 1. */
  static double marsagliaTsangD(double shape) {
    return shape - 1.0 / 3;
  }

  /** c = 1/√(9d) of Marsaglia and Tsang's method. */
  static double marsagliaTsangC(double d) {
    return 1 / Math.sqrt(9 * d);
  }

  /**
   * A Gamma(α, 1) variate for α ≥ 1 given the constants d and c of α ({@link #marsagliaTsangD},
   * {@link #marsagliaTsangC}): the rejection loop of {@link #gamma}, with the same draws.
   */
  static double marsagliaTsang(RandomGenerator rng, double d, double c) {
    while (true) {
      double x;
      double v;
      do {
        x = rng.nextGaussian();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      double u = rng.nextDouble();
      double x2 = x * x;
      if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
        return d * v;
      }
    }
  }

  /**
   * A Beta(a, b) variate as X / (X + Y) with independent X ~ Gamma(a, 1) and Y ~ Gamma(b, 1).
   *
   * @param a first shape, positive
   * @param b second shape, positive
   */
  static double beta(RandomGenerator rng, double a, double b) {
    double x = gamma(rng, a);
    return x / (x + gamma(rng, b));
  }
}
