package org.recbench.churn.movielens;

import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.ejml.sparse.csc.CommonOps_DSCC;

/**
 * The leading singular triplets of a sparse matrix (EJML's compressed-column
 * {@link DMatrixSparseCSC}) by randomized subspace iteration (Halko, Martinsson and Tropp 2011,
 * Alg. 4.4): a Gaussian test block is pushed through (A Aᵀ)^q A and re-orthonormalised with QR
 * after every product; the SVD of the small projection QᵀA (EJML) gives the triplets. The rating matrices here have millions of entries, too many for a dense
 * SVD, while only ⌈log₂ k⌉ + 1 vectors are needed.
 */
public final class TruncatedSvd {

  /** Extra columns of the test block, which make the leading subspace converge faster. */
  public static final int OVERSAMPLING = 10;
  /** Subspace iterations q. */
  public static final int POWER_ITERATIONS = 30;

  private final DMatrixRMaj left;
  private final DMatrixRMaj right;
  private final double[] singularValues;

  private TruncatedSvd(DMatrixRMaj left, DMatrixRMaj right, double[] singularValues) {
    this.left = left;
    this.right = right;
    this.singularValues = singularValues;
  }

  /** The {@code rank} leading singular triplets of {@code a}, in decreasing order. */
  public static TruncatedSvd of(DMatrixSparseCSC a, int rank, RandomGenerator rng) {
    int rows = a.numRows;
    int columns = a.numCols;
    int width = Math.min(rank + OVERSAMPLING, Math.min(rows, columns));
    if (rank > width) {
      throw new IllegalArgumentException("cannot take " + rank + " singular vectors of a "
          + rows + " x " + columns + " matrix");
    }
    DMatrixRMaj test = new DMatrixRMaj(columns, width);
    for (int i = 0; i < test.data.length; i++) {
      test.data[i] = rng.nextGaussian();
    }
    // the products A·P (rows x width) and Aᵀ·Q (columns x width), overwritten every iteration
    DMatrixRMaj leftBlock = new DMatrixRMaj(rows, width);
    DMatrixRMaj rightBlock = new DMatrixRMaj(columns, width);
    DMatrixRMaj q = orthonormal(CommonOps_DSCC.mult(a, test, leftBlock));
    for (int i = 0; i < POWER_ITERATIONS; i++) {
      DMatrixRMaj p = orthonormal(CommonOps_DSCC.multTransA(a, q, rightBlock, null));
      q = orthonormal(CommonOps_DSCC.mult(a, p, leftBlock));
    }
    DMatrixRMaj projection = new DMatrixRMaj(width, columns);
    CommonOps_DDRM.transpose(CommonOps_DSCC.multTransA(a, q, rightBlock, null), projection);
    SingularValueDecomposition_F64<DMatrixRMaj> svd =
        DecompositionFactory_DDRM.svd(width, columns, true, true, true);
    if (!svd.decompose(projection)) {
      throw new IllegalStateException("the SVD of the projected matrix did not converge");
    }
    DMatrixRMaj smallLeft = svd.getU(null, false);
    DMatrixRMaj singular = svd.getW(null);
    DMatrixRMaj rightT = svd.getV(null, true);
    SingularOps_DDRM.descendingOrder(smallLeft, false, singular, rightT, true);
    DMatrixRMaj fullLeft = new DMatrixRMaj(rows, width);
    CommonOps_DDRM.mult(q, smallLeft, fullLeft);
    DMatrixRMaj leftVectors = CommonOps_DDRM.extract(fullLeft, 0, rows, 0, rank);
    DMatrixRMaj rightVectors = new DMatrixRMaj(columns, rank);
    CommonOps_DDRM.transpose(CommonOps_DDRM.extract(rightT, 0, rank, 0, columns), rightVectors);
    double[] values = new double[rank];
    for (int i = 0; i < rank; i++) {
      values[i] = singular.get(i, i);
    }
    return new TruncatedSvd(leftVectors, rightVectors, values);
  }

  /** Left singular vectors, one per column. */
  public DMatrixRMaj left() {
    return left.copy();
  }

  /** Right singular vectors, one per column. */
  public DMatrixRMaj right() {
    return right.copy();
  }

  /** Singular values, decreasing. */
  public double[] singularValues() {
    return singularValues.clone();
  }

  private static DMatrixRMaj orthonormal(DMatrixRMaj block) {
    QRDecomposition<DMatrixRMaj> qr =
        DecompositionFactory_DDRM.qr(block.numRows, block.numCols);
    if (!qr.decompose(block.copy())) {
      throw new IllegalStateException("QR decomposition failed");
    }
    return qr.getQ(null, true);
  }
}
