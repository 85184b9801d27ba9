package org.recbench.churn.movielens;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;

/**
 * A sparse non-negative matrix in compressed-row form, with the two products a truncated SVD
 * needs. Built once from triplets; duplicate (row, column) entries are summed.
 */
public final class SparseMatrix {

  private final int rows;
  private final int columns;
  private final int[] rowStart;
  private final int[] column;
  private final double[] value;

  private SparseMatrix(int rows, int columns, int[] rowStart, int[] column, double[] value) {
    this.rows = rows;
    this.columns = columns;
    this.rowStart = rowStart;
    this.column = column;
    this.value = value;
  }

  /**
   * The matrix with entries {@code values[i]} at ({@code rowIndex[i]}, {@code columnIndex[i]}),
   * summing duplicates.
   */
  public static SparseMatrix fromTriplets(int rows, int columns, int[] rowIndex,
      int[] columnIndex, double[] values) {
    int[] start = new int[rows + 1];
    for (int r : rowIndex) {
      start[r + 1]++;
    }
    for (int r = 0; r < rows; r++) {
      start[r + 1] += start[r];
    }
    int[] fill = start.clone();
    int[] cols = new int[values.length];
    double[] vals = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      int at = fill[rowIndex[i]]++;
      cols[at] = columnIndex[i];
      vals[at] = values[i];
    }
    return new SparseMatrix(rows, columns, start, cols, vals).summedDuplicates();
  }

  /** Number of rows. */
  public int rows() {
    return rows;
  }

  /** Number of columns. */
  public int columns() {
    return columns;
  }

  /** Row sums. */
  public double[] rowSums() {
    double[] sums = new double[rows];
    for (int r = 0; r < rows; r++) {
      for (int i = rowStart[r]; i < rowStart[r + 1]; i++) {
        sums[r] += value[i];
      }
    }
    return sums;
  }

  /** Column sums. */
  public double[] columnSums() {
    double[] sums = new double[columns];
    for (int i = 0; i < value.length; i++) {
      sums[column[i]] += value[i];
    }
    return sums;
  }

  /** diag(left) · this · diag(right). */
  public SparseMatrix scaled(double[] left, double[] right) {
    double[] scaled = new double[value.length];
    for (int r = 0; r < rows; r++) {
      for (int i = rowStart[r]; i < rowStart[r + 1]; i++) {
        scaled[i] = left[r] * value[i] * right[column[i]];
      }
    }
    return new SparseMatrix(rows, columns, rowStart, column, scaled);
  }

  /** this · x, for a dense x with {@link #columns()} rows. */
  public DMatrixRMaj times(DMatrixRMaj x) {
    int k = x.numCols;
    DMatrixRMaj out = new DMatrixRMaj(rows, k);
    for (int r = 0; r < rows; r++) {
      for (int i = rowStart[r]; i < rowStart[r + 1]; i++) {
        double v = value[i];
        int xRow = column[i] * k;
        int outRow = r * k;
        for (int j = 0; j < k; j++) {
          out.data[outRow + j] += v * x.data[xRow + j];
        }
      }
    }
    return out;
  }

  /** thisᵀ · y, for a dense y with {@link #rows()} rows. */
  public DMatrixRMaj transposeTimes(DMatrixRMaj y) {
    int k = y.numCols;
    DMatrixRMaj out = new DMatrixRMaj(columns, k);
    for (int r = 0; r < rows; r++) {
      int yRow = r * k;
      for (int i = rowStart[r]; i < rowStart[r + 1]; i++) {
        double v = value[i];
        int outRow = column[i] * k;
        for (int j = 0; j < k; j++) {
          out.data[outRow + j] += v * y.data[yRow + j];
        }
      }
    }
    return out;
  }

  private SparseMatrix summedDuplicates() {
    int[] start = new int[rows + 1];
    int[] cols = new int[column.length];
    double[] vals = new double[value.length];
    int[] lastAt = new int[columns];
    Arrays.fill(lastAt, -1);
    int n = 0;
    for (int r = 0; r < rows; r++) {
      start[r] = n;
      for (int i = rowStart[r]; i < rowStart[r + 1]; i++) {
        int c = column[i];
        if (lastAt[c] >= start[r]) {
          vals[lastAt[c]] += value[i];
        } else {
          lastAt[c] = n;
          cols[n] = c;
          vals[n++] = value[i];
        }
      }
    }
    start[rows] = n;
    return new SparseMatrix(rows, columns, start, Arrays.copyOf(cols, n),
        Arrays.copyOf(vals, n));
  }
}
