package org.recbench.menus.reward;

/**
 * Counter-based uniform variates: a pure function of (seed, round, item), so a reward sequence
 * can be replayed in hindsight without storing it. Mixing by the SplitMix64 finaliser
 * (Steele, Lea and Flood, OOPSLA 2014).
 */
final class CounterRandom {

  private CounterRandom() {
  }

  static double uniform(long seed, long a, long b) {
    long z = mix(seed + 0x9E3779B97F4A7C15L * (a + 1));
    z = mix(z + 0xBF58476D1CE4E5B9L * (b + 1));
    return (z >>> 11) * 0x1.0p-53;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
