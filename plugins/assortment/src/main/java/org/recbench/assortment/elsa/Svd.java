package org.recbench.assortment.elsa;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * The full singular value decomposition Θ = Û Σ V̂ᵀ (EJML) with square orthogonal Û (d1 × d1)
 * and V̂ (d2 × d2) and singular values in decreasing order: the subspace estimate of paper 003,
 * Sec. 3.1, including the complements Û₂, V̂₂ that the rotation needs.
 *
 * @param left Û, columns are left singular vectors
 * @param right V̂, columns are right singular vectors
 * @param values the min(d1, d2) singular values, largest first
 */
public record Svd(DMatrixRMaj left, DMatrixRMaj right, double[] values) {

  /** The SVD of {@code theta}. */
  public static Svd of(DMatrixRMaj theta) {
    SingularValueDecomposition_F64<DMatrixRMaj> svd =
        DecompositionFactory_DDRM.svd(theta.numRows, theta.numCols, true, true, false);
    if (!svd.decompose(theta.copy())) {
      throw new IllegalStateException("SVD of a " + theta.numRows + " × " + theta.numCols
          + " matrix did not converge");
    }
    DMatrixRMaj u = svd.getU(null, false);
    DMatrixRMaj w = svd.getW(null);
    DMatrixRMaj v = svd.getV(null, false);
    SingularOps_DDRM.descendingOrder(u, false, w, v, false);
    double[] values = new double[Math.min(theta.numRows, theta.numCols)];
    for (int k = 0; k < values.length; k++) {
      values[k] = w.get(k, k);
    }
    return new Svd(u, v, values);
  }

  /** The k-th largest singular value. */
  public double value(int k) {
    return values[k];
  }
}
