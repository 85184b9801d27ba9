package org.recbench.assortment.elsa;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Rotation–truncation–vectorisation (paper 003, Sec. 3.1, Eq. 3). With square orthogonal
 * Û = [Û₁ Û₂] (d1 × d1) and V̂ = [V̂₁ V̂₂] (d2 × d2) whose first r columns estimate the
 * singular subspaces of Θ, the rotated parameter Θ' = ÛᵀΘV̂ has blocks Θ'₁₁ (r × r), Θ'₁₂,
 * Θ'₂₁ and Θ'₂₂, and
 * <pre>
 *   rtv(Θ) = [vec(Θ'₁₁); vec(Θ'₁₂); vec(Θ'₂₁)]   of dimension (d1 + d2 − r)·r,
 * </pre>
 * dropping Θ'₂₂ = Û₂ᵀΘV̂₂, which is small when the subspaces are accurate (the "subtraction
 * method" of Jun et al. 2019). With x' = Ûᵀx, y' = V̂ᵀy the same map applied to x'y'ᵀ gives the
 * reduced feature z, and xᵀΘy = zᵀrtv(Θ) + x'₂ᵀΘ'₂₂y'₂, exactly zᵀrtv(Θ) when Θ'₂₂ = 0.
 *
 * <p>Layout: the first r rows of the rotated matrix in full (entry a·d2 + b), then columns
 * 0..r−1 of the remaining rows (entry r·d2 + (a − r)·r + b). The hot methods take caller
 * buffers and allocate nothing.
 */
public final class SubspaceRotation {

  private final DMatrixRMaj left;
  private final DMatrixRMaj right;
  private final int rank;
  private final int d1;
  private final int d2;

  /** The rotation by square orthogonal {@code left} (d1 × d1) and {@code right} (d2 × d2). */
  public SubspaceRotation(DMatrixRMaj left, DMatrixRMaj right, int rank) {
    if (left.numRows != left.numCols || right.numRows != right.numCols) {
      throw new IllegalArgumentException("rotations must be square, got " + left.numRows
          + " × " + left.numCols + " and " + right.numRows + " × " + right.numCols);
    }
    this.d1 = left.numRows;
    this.d2 = right.numRows;
    if (rank < 1 || rank > Math.min(d1, d2)) {
      throw new IllegalArgumentException("rank must be in 1.." + Math.min(d1, d2) + ", got "
          + rank);
    }
    this.left = left.copy();
    this.right = right.copy();
    this.rank = rank;
  }

  /** The rotation by the singular vectors of {@code theta}, keeping rank r. */
  public static SubspaceRotation of(DMatrixRMaj theta, int rank) {
    Svd svd = Svd.of(theta);
    return new SubspaceRotation(svd.left(), svd.right(), rank);
  }

  /** (d1 + d2 − r)·r. */
  public int dimension() {
    return (d1 + d2 - rank) * rank;
  }

  /** r. */
  public int rank() {
    return rank;
  }

  /** x' = Ûᵀx (d1 entries) into {@code out}. */
  public void rotateUser(double[] x, double[] out) {
    rotate(left, d1, x, 0, out, 0);
  }

  /** y'_i = V̂ᵀy_i for the first {@code count} rows of the row-major matrix (d2 per row). */
  public void rotateItems(double[] items, int count, double[] out) {
    for (int i = 0; i < count; i++) {
      rotate(right, d2, items, i * d2, out, i * d2);
    }
  }

  /**
   * The reduced feature z = rtv-layout of x'y'ᵀ for rotated vectors x' and
   * y' = {@code rotatedItems[itemOffset ..]}, written to {@code out[outOffset ..]}.
   */
  public void features(double[] rotatedUser, double[] rotatedItems, int itemOffset,
      double[] out, int outOffset) {
    int k = outOffset;
    for (int a = 0; a < rank; a++) {
      double xa = rotatedUser[a];
      for (int b = 0; b < d2; b++) {
        out[k++] = xa * rotatedItems[itemOffset + b];
      }
    }
    for (int a = rank; a < d1; a++) {
      double xa = rotatedUser[a];
      for (int b = 0; b < rank; b++) {
        out[k++] = xa * rotatedItems[itemOffset + b];
      }
    }
  }

  /** rtv(Θ) for a d1 × d2 matrix, into {@code out} ({@link #dimension()} entries). */
  public void parameter(DMatrixRMaj theta, double[] out) {
    DMatrixRMaj half = new DMatrixRMaj(d1, d2);
    DMatrixRMaj rotated = new DMatrixRMaj(d1, d2);
    CommonOps_DDRM.multTransA(left, theta, half);
    CommonOps_DDRM.mult(half, right, rotated);
    int k = 0;
    for (int a = 0; a < rank; a++) {
      for (int b = 0; b < d2; b++) {
        out[k++] = rotated.get(a, b);
      }
    }
    for (int a = rank; a < d1; a++) {
      for (int b = 0; b < rank; b++) {
        out[k++] = rotated.get(a, b);
      }
    }
  }

  /** The d1 × d2 matrix Û [Θ'₁₁ Θ'₁₂; Θ'₂₁ 0] V̂ᵀ whose rtv is {@code reduced}. */
  public DMatrixRMaj matrix(double[] reduced) {
    DMatrixRMaj rotated = new DMatrixRMaj(d1, d2);
    int k = 0;
    for (int a = 0; a < rank; a++) {
      for (int b = 0; b < d2; b++) {
        rotated.set(a, b, reduced[k++]);
      }
    }
    for (int a = rank; a < d1; a++) {
      for (int b = 0; b < rank; b++) {
        rotated.set(a, b, reduced[k++]);
      }
    }
    DMatrixRMaj half = new DMatrixRMaj(d1, d2);
    DMatrixRMaj out = new DMatrixRMaj(d1, d2);
    CommonOps_DDRM.mult(left, rotated, half);
    CommonOps_DDRM.multTransB(half, right, out);
    return out;
  }

  private static void rotate(DMatrixRMaj q, int d, double[] in, int inOffset, double[] out,
      int outOffset) {
    double[] m = q.data;
    for (int a = 0; a < d; a++) {
      double s = 0.0;
      for (int i = 0; i < d; i++) {
        s += m[i * d + a] * in[inOffset + i];
      }
      out[outOffset + a] = s;
    }
  }
}
