package org.recbench.protocol.assortment;

import java.util.Objects;

/**
 * Observation of the {@link AssortmentProtocol}: the round's user context x_t ∈ R^{d1}, the item
 * feature matrix (N × d2, row i = y_i), the revenues r (N) and the capacity K ≤ N. The three
 * arrays are read-only views of the environment's preallocated buffers: the item matrix and the
 * revenues are the same objects every round, and the context follows the observation lifetime
 * of {@code org.recbench.api} (environments alternate two context buffers). A policy copies what
 * it keeps beyond the round.
 *
 * @param context x_t, d1 entries (d1 = 0 for context-free instances)
 * @param items the N × d2 item features
 * @param revenues r_i &gt; 0, N entries
 * @param capacity K, 1 ≤ K ≤ N: an offered set has 1 to K distinct items
 */
public record AssortmentObservation(VectorView context, MatrixView items, VectorView revenues,
    int capacity) {

  /** Validates the shapes. */
  public AssortmentObservation {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(revenues, "revenues");
    if (items.rows() < 1 || revenues.length() != items.rows()) {
      throw new IllegalArgumentException("an assortment observation needs N ≥ 1 items with one"
          + " revenue each, got " + items.rows() + " items and " + revenues.length()
          + " revenues");
    }
    if (capacity < 1 || capacity > items.rows()) {
      throw new IllegalArgumentException("capacity must be in 1..N = " + items.rows()
          + ", got " + capacity);
    }
  }

  /**
   * An observation over caller-owned arrays (shared, not copied), for tests and embedding code.
   *
   * @param context x (d1 entries)
   * @param itemFeatures row-major N × d2
   * @param revenues N revenues
   * @param capacity K
   */
  public static AssortmentObservation of(double[] context, double[] itemFeatures,
      double[] revenues, int capacity) {
    int n = revenues.length;
    if (n == 0 || itemFeatures.length % n != 0) {
      throw new IllegalArgumentException(itemFeatures.length + " item features do not split"
          + " into " + n + " equal rows");
    }
    return new AssortmentObservation(VectorView.of(context),
        MatrixView.of(itemFeatures, n, itemFeatures.length / n), VectorView.of(revenues),
        capacity);
  }

  /** N. */
  public int itemCount() {
    return items.rows();
  }

  /** d1. */
  public int userDimension() {
    return context.length();
  }

  /** d2. */
  public int itemDimension() {
    return items.columns();
  }
}
