package org.recbench.protocol.population;

import java.util.Arrays;

/**
 * An immutable table of real attribute vectors, one row per user or product: the user attributes
 * v_n ∈ R^p, the product attributes w_k ∈ R^q or the initial preference states y_n(0) ∈ R^q of
 * the population protocol (Sec. 3, "Model Description", of the paper cited in
 * {@link PopulationProtocol}).
 *
 * <p>Rows are stored in one row-major array copied at construction, so a table can be handed to
 * every component as a read-only view without copying per step.
 */
public final class AttributeTable {

  private final String name;
  private final int rows;
  private final int dimension;
  private final double[] values;

  private AttributeTable(String name, int rows, int dimension, double[] values) {
    this.name = name;
    this.rows = rows;
    this.dimension = dimension;
    this.values = values;
  }

  /**
   * A table holding a copy of {@code rows}.
   *
   * @param name what the table is, for error messages ("user attributes", "products", ...)
   * @throws IllegalArgumentException when the rows are empty, ragged or not finite
   */
  public static AttributeTable of(String name, double[][] rows) {
    if (rows == null || rows.length == 0) {
      throw new IllegalArgumentException(name + ": expected at least one row");
    }
    if (rows[0] == null || rows[0].length == 0) {
      throw new IllegalArgumentException(name + ": row 0 is empty; expected at least one column");
    }
    int dimension = rows[0].length;
    double[] values = new double[rows.length * dimension];
    for (int r = 0; r < rows.length; r++) {
      if (rows[r] == null || rows[r].length != dimension) {
        throw new IllegalArgumentException(name + ": row " + r + " has "
            + (rows[r] == null ? "no" : String.valueOf(rows[r].length)) + " entries; expected "
            + dimension + " like row 0");
      }
      for (int c = 0; c < dimension; c++) {
        double x = rows[r][c];
        if (!Double.isFinite(x)) {
          throw new IllegalArgumentException(name + ": entry [" + r + "][" + c + "] is " + x
              + "; expected a finite number");
        }
        values[r * dimension + c] = x;
      }
    }
    return new AttributeTable(name, rows.length, dimension, values);
  }

  /** What the table is, as given to {@link #of}. */
  public String name() {
    return name;
  }

  /** Number of rows (N users or K products). */
  public int rows() {
    return rows;
  }

  /** Length of every row (p, or q). */
  public int dimension() {
    return dimension;
  }

  /** Entry {@code column} of row {@code row}. */
  public double get(int row, int column) {
    return values[row * dimension + column];
  }

  /** The dot product of row {@code row} with {@code x[offset .. offset + dimension)}. */
  public double dot(int row, double[] x, int offset) {
    int base = row * dimension;
    double sum = 0;
    for (int c = 0; c < dimension; c++) {
      sum += values[base + c] * x[offset + c];
    }
    return sum;
  }

  /** Copies row {@code row} into {@code dest[offset .. offset + dimension)}. */
  public void copyRow(int row, double[] dest, int offset) {
    System.arraycopy(values, row * dimension, dest, offset, dimension);
  }

  /** Copies all rows, row-major, into {@code dest[0 .. rows · dimension)}. */
  public void copyTo(double[] dest) {
    System.arraycopy(values, 0, dest, 0, values.length);
  }

  /** A fresh two-dimensional copy of the rows. */
  public double[][] toArray() {
    double[][] out = new double[rows][];
    for (int r = 0; r < rows; r++) {
      out[r] = Arrays.copyOfRange(values, r * dimension, (r + 1) * dimension);
    }
    return out;
  }

  /** This table with row {@code row} replaced by {@code replacement} (same dimension). */
  public AttributeTable withRow(int row, double[] replacement) {
    double[][] copy = toArray();
    copy[row] = replacement.clone();
    return of(name, copy);
  }

  @Override
  public String toString() {
    return name + " (" + rows + " × " + dimension + ")";
  }
}
