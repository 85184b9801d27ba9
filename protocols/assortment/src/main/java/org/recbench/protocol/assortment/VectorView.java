package org.recbench.protocol.assortment;

import java.util.Arrays;
import java.util.Objects;

/**
 * A read-only window on part of a {@code double[]} that its creator owns and may overwrite within
 * the object-lifetime rules of {@code org.recbench.api}: an environment hands out views of its
 * preallocated buffers instead of copies, and a reader copies what it keeps ({@link #copyTo}).
 * Reads are bounds-checked against the window, never against the whole array.
 */
public final class VectorView {

  private final double[] values;
  private final int offset;
  private final int length;

  private VectorView(double[] values, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, values.length);
    this.values = values;
    this.offset = offset;
    this.length = length;
  }

  /** A view of the whole of {@code values} (shared, not copied). */
  public static VectorView of(double[] values) {
    return new VectorView(values, 0, values.length);
  }

  /** A view of {@code values[offset .. offset + length)} (shared, not copied). */
  public static VectorView of(double[] values, int offset, int length) {
    return new VectorView(values, offset, length);
  }

  /** Number of entries. */
  public int length() {
    return length;
  }

  /** Entry {@code i}, 0 ≤ i &lt; {@link #length()}. */
  public double get(int i) {
    return values[offset + Objects.checkIndex(i, length)];
  }

  /** Copies the entries into {@code into[at .. at + length)}. */
  public void copyTo(double[] into, int at) {
    System.arraycopy(values, offset, into, at, length);
  }

  /** A copy of the entries. */
  public double[] toArray() {
    return Arrays.copyOfRange(values, offset, offset + length);
  }

  @Override
  public String toString() {
    return Arrays.toString(toArray());
  }
}
