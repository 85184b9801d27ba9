package org.recbench.protocol.assortment;

import java.util.Arrays;
import java.util.Objects;

/**
 * A read-only view of a row-major {@code rows × columns} matrix stored in a {@code double[]}
 * that its creator owns (see {@link VectorView}): the item feature matrix of an assortment
 * observation is handed out this way, never copied per round.
 */
public final class MatrixView {

  private final double[] values;
  private final int rows;
  private final int columns;

  private MatrixView(double[] values, int rows, int columns) {
    if (rows < 0 || columns < 0 || (long) rows * columns > values.length) {
      throw new IllegalArgumentException("a " + rows + " × " + columns + " matrix needs "
          + (long) rows * columns + " values, the array has " + values.length);
    }
    this.values = values;
    this.rows = rows;
    this.columns = columns;
  }

  /** A view of {@code values} as a row-major {@code rows × columns} matrix (shared). */
  public static MatrixView of(double[] values, int rows, int columns) {
    return new MatrixView(values, rows, columns);
  }

  /** Number of rows. */
  public int rows() {
    return rows;
  }

  /** Number of columns. */
  public int columns() {
    return columns;
  }

  /** Entry ({@code row}, {@code column}). */
  public double get(int row, int column) {
    return values[Objects.checkIndex(row, rows) * columns + Objects.checkIndex(column, columns)];
  }

  /** Copies row {@code row} into {@code into[at .. at + columns)}. */
  public void copyRowTo(int row, double[] into, int at) {
    System.arraycopy(values, Objects.checkIndex(row, rows) * columns, into, at, columns);
  }

  /** A row-major copy of the matrix. */
  public double[] toArray() {
    return Arrays.copyOf(values, rows * columns);
  }

  @Override
  public String toString() {
    return rows + " × " + columns + " matrix";
  }
}
