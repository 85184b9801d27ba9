package org.recbench.churn.env;

/**
 * The random stream of one session, reseeded at every session start without allocating: the
 * SplitMix64 generator of {@link java.util.SplittableRandom} (Steele, Lea and Flood, "Fast
 * splittable pseudorandom number generators", OOPSLA 2014), so that
 * {@code reseed(s)} followed by {@link #nextDouble()} draws exactly what
 * {@code new SplittableRandom(s).nextDouble()} draws.
 */
final class SessionStream {

  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
  private static final double DOUBLE_UNIT = 0x1.0p-53;

  private long seed;

  /** Starts the stream {@code new SplittableRandom(seed)} would start. */
  void reseed(long newSeed) {
    this.seed = newSeed;
  }

  /** The next uniform double in [0, 1). */
  double nextDouble() {
    seed += GOLDEN_GAMMA;
    return (mix64(seed) >>> 11) * DOUBLE_UNIT;
  }

  private static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
