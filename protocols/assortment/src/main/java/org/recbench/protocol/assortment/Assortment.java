package org.recbench.protocol.assortment;

import java.util.Arrays;

/**
 * Action of the {@link AssortmentProtocol}: the set S of item indices offered to the round's
 * user, in the order given. A reusable holder: a policy creates one (sized for the capacity)
 * and overwrites it every round; by the object-lifetime rules it stays unchanged until the
 * policy's next {@code act}. Whether the set is valid for an observation (1 ≤ |S| ≤ K, distinct
 * indices in 0..N−1) is checked by the environment ({@link OfferCheck}), not here.
 */
public final class Assortment {

  private final int[] items;
  private int size;

  /** An empty set holding at most {@code maxSize} items. */
  public Assortment(int maxSize) {
    if (maxSize < 0) {
      throw new IllegalArgumentException("maxSize must be ≥ 0, got " + maxSize);
    }
    this.items = new int[maxSize];
  }

  /** A set of exactly these items (for tests and hand-written policies). */
  public static Assortment of(int... items) {
    return new Assortment(items.length).set(items, items.length);
  }

  /** |S|. */
  public int size() {
    return size;
  }

  /** The {@code k}-th offered item, 0 ≤ k &lt; {@link #size()}. */
  public int item(int k) {
    if (k < 0 || k >= size) {
      throw new IndexOutOfBoundsException("position " + k + " of a set of " + size);
    }
    return items[k];
  }

  /** The most items this holder can take. */
  public int maxSize() {
    return items.length;
  }

  /** Whether {@code item} is offered. */
  public boolean contains(int item) {
    for (int k = 0; k < size; k++) {
      if (items[k] == item) {
        return true;
      }
    }
    return false;
  }

  /** Replaces the set by {@code source[0 .. count)}; returns this holder. */
  public Assortment set(int[] source, int count) {
    if (count < 0 || count > items.length) {
      throw new IllegalArgumentException("cannot hold " + count + " items, at most "
          + items.length);
    }
    System.arraycopy(source, 0, items, 0, count);
    size = count;
    return this;
  }

  /** Empties the set; returns this holder. */
  public Assortment clear() {
    size = 0;
    return this;
  }

  /** Appends {@code item}; returns this holder. */
  public Assortment add(int item) {
    if (size == items.length) {
      throw new IllegalStateException("the set already holds its maximum of " + items.length
          + " items");
    }
    items[size++] = item;
    return this;
  }

  /** Copies the offered items into {@code into[0 .. size)} and returns the size. */
  public int copyTo(int[] into) {
    System.arraycopy(items, 0, into, 0, size);
    return size;
  }

  /** A copy of the offered items. */
  public int[] toArray() {
    return Arrays.copyOf(items, size);
  }

  @Override
  public String toString() {
    return Arrays.toString(toArray());
  }
}
