package org.recbench.churn.numpy;

import java.util.random.RandomGenerator;

/**
 * numpy's legacy {@code np.random.RandomState} (also behind {@code np.random.seed} and
 * {@code np.random.normal}), reproduced bit for bit for the draws paper 002's instance generator
 * makes.
 *
 * <ul>
 *   <li><b>Seeding.</b> An integer seed s ∈ [0, 2^32 − 1] is {@code init_genrand(s)}
 *       ({@code mt19937_seed} in numpy), not {@code init_by_array}: numpy uses
 *       {@code init_by_array} only for array seeds ({@link #ofKey}). CPython's
 *       {@code random.seed(s)} differs: it always calls {@code init_by_array} with the 32-bit
 *       words of |s|, so the two libraries give different streams for the same integer.</li>
 *   <li><b>Doubles</b> ({@code random_sample}): (a·2^26 + b) / 2^53 with a, b the top 27 and 26
 *       bits of two consecutive 32-bit outputs ({@code genrand_res53}, as CPython's
 *       {@code random.random()}).</li>
 *   <li><b>Gaussians</b> ({@code legacy_gauss}): the polar Box–Muller method. Draw
 *       x1 = 2u1 − 1, x2 = 2u2 − 1 until 0 &lt; r2 = x1² + x2² &lt; 1, set
 *       f = sqrt(−2 log(r2) / r2), return f·x2 and keep f·x1 for the next call. The cache
 *       survives between calls of different shapes and is cleared only by seeding.</li>
 * </ul>
 *
 * <p>numpy takes {@code log} from the C library; here it is {@link CorrectlyRounded#log}, which
 * equals every correctly rounded {@code log}. glibc 2.36's {@code log} differed from it on about
 * 0.08% of arguments (measured here) by one unit in the last place; on such a draw the two
 * Gaussians of the pair differ from numpy-on-glibc in their last bit.
 */
public final class LegacyRandomState implements RandomGenerator {

  private static final double TWO_POW_26 = 67108864.0;
  private static final double TWO_POW_53 = 9007199254740992.0;

  private final Mt19937 mt;
  private boolean hasGauss;
  private double gauss;

  private LegacyRandomState(Mt19937 mt) {
    this.mt = mt;
  }

  /**
   * {@code np.random.seed(seed)} / {@code RandomState(seed)} for an integer seed.
   *
   * @param seed in [0, 2^32 − 1], as numpy requires
   */
  public static LegacyRandomState seeded(long seed) {
    if (seed < 0 || seed > 0xffffffffL) {
      throw new IllegalArgumentException("numpy seed must be between 0 and 2**32 - 1, was " + seed);
    }
    return new LegacyRandomState(Mt19937.initGenrand(seed));
  }

  /** {@code RandomState(key)} for a 1-d array seed: {@code init_by_array(key)}. */
  public static LegacyRandomState ofKey(long[] key) {
    return new LegacyRandomState(Mt19937.initByArray(key));
  }

  /** The next 32-bit output of the underlying MT19937, unsigned. */
  public long nextUnsigned32() {
    return mt.nextUnsigned();
  }

  /** {@code random_sample()}: a double in [0, 1) with 53 random bits. */
  @Override
  public double nextDouble() {
    long a = mt.nextUnsigned() >>> 5;
    long b = mt.nextUnsigned() >>> 6;
    return (a * TWO_POW_26 + b) / TWO_POW_53;
  }

  /** {@code legacy_gauss}: a standard normal draw by the polar method, with its cache. */
  @Override
  public double nextGaussian() {
    if (hasGauss) {
      hasGauss = false;
      double cached = gauss;
      gauss = 0;
      return cached;
    }
    double x1;
    double x2;
    double r2;
    do {
      x1 = 2.0 * nextDouble() - 1.0;
      x2 = 2.0 * nextDouble() - 1.0;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1.0 || r2 == 0.0);
    double f = Math.sqrt(-2.0 * CorrectlyRounded.log(r2) / r2);
    gauss = f * x1;
    hasGauss = true;
    return f * x2;
  }

  /** {@code normal(loc, scale)}: loc + scale · {@link #nextGaussian()} ({@code legacy_normal}). */
  public double normal(double loc, double scale) {
    return loc + scale * nextGaussian();
  }

  /**
   * Two 32-bit outputs, the first in the high half. numpy's legacy API has no such draw; it is
   * here because {@link RandomGenerator} derives its other methods from it.
   */
  @Override
  public long nextLong() {
    return (mt.nextUnsigned() << 32) | mt.nextUnsigned();
  }
}
