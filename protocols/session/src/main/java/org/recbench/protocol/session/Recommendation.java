package org.recbench.protocol.session;

/**
 * Action of the {@link SessionProtocol}: recommend an item of category {@code category}. Use
 * {@link #of(int)}, which returns shared instances for small indices.
 *
 * @param category 0-based category index
 */
public record Recommendation(int category) {

  private static final Recommendation[] CACHE = new Recommendation[256];

  static {
    for (int i = 0; i < CACHE.length; i++) {
      CACHE[i] = new Recommendation(i);
    }
  }

  /** Validates the index. */
  public Recommendation {
    if (category < 0) {
      throw new IllegalArgumentException("category must be >= 0, was " + category);
    }
  }

  /** The recommendation of {@code category} (a shared instance when below 256). */
  public static Recommendation of(int category) {
    return category < CACHE.length ? CACHE[category] : new Recommendation(category);
  }
}
