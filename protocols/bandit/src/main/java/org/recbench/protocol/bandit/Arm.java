package org.recbench.protocol.bandit;

/**
 * Action of the {@link BanditProtocol}: pull arm {@code index}. Use {@link #of(int)}, which
 * returns shared instances for small indices so hot loops do not allocate.
 *
 * @param index 0-based arm index
 */
public record Arm(int index) {

  private static final Arm[] CACHE = new Arm[1024];

  static {
    for (int i = 0; i < CACHE.length; i++) {
      CACHE[i] = new Arm(i);
    }
  }

  /** Validates the index. */
  public Arm {
    if (index < 0) {
      throw new IllegalArgumentException("arm index must be >= 0, was " + index);
    }
  }

  /** The arm with the given index (a shared instance when below 1024). */
  public static Arm of(int index) {
    return index < CACHE.length ? CACHE[index] : new Arm(index);
  }
}
