package org.recbench.lib.mnl;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.mult.VectorVectorMult_DDRM;

/**
 * The design (Gram) matrix V = λI + Σ z zᵀ over every offered item's feature vector, kept
 * together with its inverse by Sherman–Morrison rank-one updates
 * V⁻¹ ← V⁻¹ − (V⁻¹z)(V⁻¹z)ᵀ / (1 + zᵀV⁻¹z), so that the UCB-MNL confidence width
 * ‖z‖_{V⁻¹} = √(zᵀV⁻¹z) costs O(p²) (Oh and Iyengar 2021, Alg. 1; paper 003, Eq. 5).
 *
 * <p>Oh and Iyengar start from V = Σ z zᵀ over a random exploration phase; λ &gt; 0 (a prior
 * of λI) keeps V invertible from the first round. All buffers are allocated once; not
 * thread-safe.
 */
public final class GramMatrix {

  private final int dimension;
  private final double ridge;
  private final DMatrixRMaj inverse;
  private final DMatrixRMaj vector;
  private final DMatrixRMaj product;
  private int updates;

  /** V = λI in dimension p; λ must be positive. */
  public GramMatrix(int dimension, double ridge) {
    if (dimension < 1) {
      throw new IllegalArgumentException("dimension must be at least 1, got " + dimension);
    }
    if (!(ridge > 0.0) || Double.isInfinite(ridge)) {
      throw new IllegalArgumentException("the Gram matrix ridge λ must be finite and positive,"
          + " got " + ridge);
    }
    this.dimension = dimension;
    this.ridge = ridge;
    this.inverse = new DMatrixRMaj(dimension, dimension);
    this.vector = new DMatrixRMaj(dimension, 1);
    this.product = new DMatrixRMaj(dimension, 1);
    reset();
  }

  /** Back to V = λI. */
  public void reset() {
    CommonOps_DDRM.setIdentity(inverse);
    CommonOps_DDRM.scale(1.0 / ridge, inverse);
    updates = 0;
  }

  /** V ← V + z zᵀ for the vector stored at {@code features[offset .. offset + p)}. */
  public void add(double[] features, int offset) {
    System.arraycopy(features, offset, vector.data, 0, dimension);
    CommonOps_DDRM.mult(inverse, vector, product);
    double denominator = 1.0 + VectorVectorMult_DDRM.innerProd(vector, product);
    CommonOps_DDRM.multAddTransB(-1.0 / denominator, product, product, inverse);
    updates++;
  }

  /** ‖z‖_{V⁻¹} = √(zᵀ V⁻¹ z) for the vector at {@code features[offset .. offset + p)}. */
  public double width(double[] features, int offset) {
    System.arraycopy(features, offset, vector.data, 0, dimension);
    double q = VectorVectorMult_DDRM.innerProdA(vector, inverse, vector);
    return Math.sqrt(Math.max(0.0, q));
  }

  /** Number of vectors added since the last reset. */
  public int updates() {
    return updates;
  }

  /** Dimension p. */
  public int dimension() {
    return dimension;
  }

  /** A copy of V⁻¹. */
  public DMatrixRMaj inverse() {
    return inverse.copy();
  }
}
