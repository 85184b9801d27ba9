package org.recbench.core.metrics;

/**
 * The per-step times of one trial in a log-linear histogram of fixed size, so their median can
 * be read at any checkpoint with memory independent of the horizon and no allocation per step.
 * Times below 64 ns have a bucket each; above, every power of two is split into 32 equal
 * buckets, so a bucket's midpoint is within 1/64 (1.6%) of every time in it — below the
 * resolution of {@link System#nanoTime()} for calls this short.
 */
final class StepTimes {

  private static final int EXACT = 64;
  private static final int SUB_BUCKETS = 32;
  private static final int SUB_BITS = 5;
  private static final int FIRST_OCTAVE = 6;

  private final long[] counts = new long[EXACT + (63 - FIRST_OCTAVE) * SUB_BUCKETS];
  private long total;

  /** Adds one time in nanoseconds (negative times, from a clock step, count as 0). */
  void add(long nanos) {
    counts[bucket(Math.max(0, nanos))]++;
    total++;
  }

  /** Number of times added. */
  long count() {
    return total;
  }

  /**
   * The lower median (the time at rank ⌈n/2⌉ in ascending order) as the midpoint of its bucket,
   * in nanoseconds; NaN when empty.
   */
  double median() {
    if (total == 0) {
      return Double.NaN;
    }
    long rank = (total + 1) / 2;
    long seen = 0;
    for (int i = 0; i < counts.length; i++) {
      seen += counts[i];
      if (seen >= rank) {
        return midpoint(i);
      }
    }
    throw new IllegalStateException("bucket counts do not add up to " + total);
  }

  static int bucket(long nanos) {
    if (nanos < EXACT) {
      return (int) nanos;
    }
    int octave = 63 - Long.numberOfLeadingZeros(nanos);
    int sub = (int) ((nanos >>> (octave - SUB_BITS)) & (SUB_BUCKETS - 1));
    return EXACT + (octave - FIRST_OCTAVE) * SUB_BUCKETS + sub;
  }

  static double midpoint(int bucket) {
    if (bucket < EXACT) {
      return bucket;
    }
    int octave = FIRST_OCTAVE + (bucket - EXACT) / SUB_BUCKETS;
    int sub = (bucket - EXACT) % SUB_BUCKETS;
    double width = Math.pow(2, octave - SUB_BITS);
    return Math.pow(2, octave) + (sub + 0.5) * width;
  }
}
