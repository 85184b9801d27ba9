package org.recbench.api.input;

import java.util.Locale;
import java.util.Optional;
import org.recbench.api.ConfigurationException;

/**
 * Sizes checked against this JVM's memory before anything is allocated, so that a parameter like
 * {@code "arms": 1000000000} or a model file declaring 200000 states is reported as bad input
 * naming the size and the limit, instead of an {@link OutOfMemoryError} in the middle of a run.
 * The limit is the maximum heap ({@link Runtime#maxMemory()}, set with {@code -Xmx}); a size that
 * does not fit in it can never be allocated, whatever else runs.
 */
public final class Memory {

  /** The longest array a JVM can allocate: a few header words below {@code Integer.MAX_VALUE}. */
  public static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

  private Memory() {}

  /** The most memory this JVM will try to use, in bytes. */
  public static long maxHeapBytes() {
    return Runtime.getRuntime().maxMemory();
  }

  /**
   * Why {@code count} items of {@code bytesEach} bytes cannot be allocated, or empty when they fit
   * in the maximum heap; the product saturates instead of overflowing.
   *
   * @param what the items, for the message ("arms", "entries of the transition table")
   */
  public static Optional<String> tooLarge(long count, long bytesEach, String what) {
    return tooLarge(times(count, bytesEach), count + " " + what);
  }

  /**
   * Why {@code bytes} cannot be allocated, or empty when they fit in the maximum heap.
   *
   * @param what what needs them, for the message ("the tables of 200000 states")
   */
  public static Optional<String> tooLarge(double bytes, String what) {
    long max = maxHeapBytes();
    if (bytes <= max) {
      return Optional.empty();
    }
    return Optional.of(what + " need about "
        + format(bytes >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) bytes) + ", more than the "
        + format(max) + " this JVM may use (raise its maximum heap with -Xmx, e.g. "
        + "RECBENCH_JAVA_OPTS=-Xmx8g, or choose a smaller size)");
  }

  /**
   * Throws when {@code count} items of {@code bytesEach} bytes do not fit in the maximum heap.
   *
   * @param where what is being read, prefixed to the message (a file and line)
   * @throws ConfigurationException saying how much is needed and how much there is
   */
  public static void require(long count, long bytesEach, String what, String where) {
    require(times(count, bytesEach), count + " " + what, where);
  }

  /**
   * Throws when {@code bytes} do not fit in the maximum heap.
   *
   * @param what what needs them ("the tables of 200000 states")
   * @param where what is being read, prefixed to the message (a file and line)
   * @throws ConfigurationException saying how much is needed and how much there is
   */
  public static void require(double bytes, String what, String where) {
    tooLarge(bytes, what).ifPresent(problem -> {
      throw new ConfigurationException(where + ": " + problem);
    });
  }

  /** {@code a * b} for non-negative values, {@link Long#MAX_VALUE} when it overflows. */
  public static long times(long a, long b) {
    if (a < 0 || b < 0) {
      throw new IllegalArgumentException("sizes must be >= 0, were " + a + " and " + b);
    }
    long high = Math.multiplyHigh(a, b);
    long product = a * b;
    return high != 0 || product < 0 ? Long.MAX_VALUE : product;
  }

  /** A byte count in binary units: {@code 512 B}, {@code 1.5 GiB}. */
  public static String format(long bytes) {
    if (bytes == Long.MAX_VALUE) {
      return "more than 8 EiB";
    }
    String[] units = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
    double value = bytes;
    int unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return unit == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
  }
}
