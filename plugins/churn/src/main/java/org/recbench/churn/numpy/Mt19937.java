package org.recbench.churn.numpy;

/**
 * The Mersenne Twister MT19937 of Matsumoto and Nishimura (ACM TOMACS 8(1), 1998), as in their
 * reference code {@code mt19937ar.c}: {@code init_genrand}, {@code init_by_array} and
 * {@code genrand_int32}. numpy's legacy {@code RandomState} and CPython's {@code random} module
 * both run this generator; they differ only in how an integer seed is turned into a state (see
 * {@link LegacyRandomState}).
 */
public final class Mt19937 {

  private static final int N = 624;
  private static final int M = 397;
  private static final int MATRIX_A = 0x9908b0df;
  private static final int UPPER_MASK = 0x80000000;
  private static final int LOWER_MASK = 0x7fffffff;

  private final int[] mt = new int[N];
  private int index;

  private Mt19937() {}

  /**
   * {@code init_genrand(seed)}: Knuth's linear recurrence mt[i] = 1812433253 (mt[i−1] xor
   * (mt[i−1] &gt;&gt; 30)) + i from mt[0] = seed.
   *
   * @param seed the seed, an unsigned 32-bit value in [0, 2^32 − 1]
   */
  public static Mt19937 initGenrand(long seed) {
    requireUnsigned32(seed, "seed");
    Mt19937 generator = new Mt19937();
    generator.fill((int) seed);
    return generator;
  }

  /**
   * {@code init_by_array(key)}: {@code init_genrand(19650218)} mixed with the key words.
   *
   * @param key unsigned 32-bit words, at least one, each in [0, 2^32 − 1]
   */
  public static Mt19937 initByArray(long[] key) {
    if (key.length == 0) {
      throw new IllegalArgumentException("MT19937 key must have at least one word");
    }
    for (long word : key) {
      requireUnsigned32(word, "key word");
    }
    Mt19937 generator = new Mt19937();
    int[] mt = generator.mt;
    generator.fill(19650218);
    int i = 1;
    int j = 0;
    for (int k = Math.max(N, key.length); k > 0; k--) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + (int) key[j] + j;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= key.length) {
        j = 0;
      }
    }
    for (int k = N - 1; k > 0; k--) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = UPPER_MASK;
    return generator;
  }

  /** {@code genrand_int32()}: the next output, an unsigned 32-bit value in the low bits. */
  public long nextUnsigned() {
    return next() & 0xffffffffL;
  }

  /** {@code genrand_int32()} as a Java int (the same 32 bits). */
  public int next() {
    if (index >= N) {
      twist();
    }
    int y = mt[index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y;
  }

  private void fill(int seed) {
    mt[0] = seed;
    for (int i = 1; i < N; i++) {
      mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
    }
    index = N;
  }

  private void twist() {
    for (int k = 0; k < N; k++) {
      int y = (mt[k] & UPPER_MASK) | (mt[(k + 1) % N] & LOWER_MASK);
      mt[k] = mt[(k + M) % N] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
    }
    index = 0;
  }

  private static void requireUnsigned32(long value, String what) {
    if (value < 0 || value > 0xffffffffL) {
      throw new IllegalArgumentException(what + " must be between 0 and 2^32 - 1, was " + value);
    }
  }
}
