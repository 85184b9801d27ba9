package org.recbench.protocol.population;

/**
 * Action of the {@link PopulationProtocol}: recommend product {@code index}. Use
 * {@link #of(int)}, which returns shared instances for small indices so hot loops do not
 * allocate.
 *
 * @param index 0-based product index k (the paper's A_t, numbered from 1 there)
 */
public record Product(int index) {

  private static final Product[] CACHE = new Product[1024];

  static {
    for (int i = 0; i < CACHE.length; i++) {
      CACHE[i] = new Product(i);
    }
  }

  /** Validates the index. */
  public Product {
    if (index < 0) {
      throw new IllegalArgumentException("product index must be >= 0, was " + index);
    }
  }

  /** The product with the given index (a shared instance when below 1024). */
  public static Product of(int index) {
    return index < CACHE.length ? CACHE[index] : new Product(index);
  }
}
