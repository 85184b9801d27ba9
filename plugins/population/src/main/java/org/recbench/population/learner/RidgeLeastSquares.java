package org.recbench.population.learner;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.mult.VectorVectorMult_DDRM;

/**
 * The recommender's estimate θ̂_{t+1} = argmin_θ ζ‖θ‖² + Σ_{s≤t} (X_s − C_sᵀθ)² of Lankireddy et
 * al. 2024 (Eq. 8), i.e. θ̂ = B_t⁻¹ S_t with B_t = ζI + Σ C_s C_sᵀ and S_t = Σ C_s X_s.
 *
 * <p>The ridge ζ is kept from the first step. The printed recursions (9)–(10) start from
 * S_0 = ζI with step size 1/(t + 1) = 1 at t = 0, which replaces ζI by C_0 C_0ᵀ after one step; the
 * minimiser of Eq. 8 does not, so this class implements Eq. 8 itself.
 *
 * <p>B_t⁻¹ is maintained by Sherman–Morrison rank-one updates,
 * B⁻¹ ← B⁻¹ − (B⁻¹C)(B⁻¹C)ᵀ / (1 + Cᵀ B⁻¹ C), starting from B_0⁻¹ = I/ζ, and θ̂ by the
 * recursive least-squares step θ̂ ← θ̂ + B_{t+1}⁻¹ C (X − Cᵀθ̂), with B_{t+1}⁻¹C = B_t⁻¹C / (1 + Cᵀ
 * B_t⁻¹ C). It is Eq. 8's minimiser exactly (B_{t+1}θ̂_{t+1} = B_tθ̂_t + C X = S_{t+1}), costs
 * O(pq) instead of the O((pq)²) of B⁻¹S, and damps its rounding errors (they are multiplied by
 * B_{t+1}⁻¹B_t): O((pq)²) per step in all, no linear solve, no allocation (preallocated EJML
 * matrices). The update subtracts u uᵀ with u = B⁻¹C / √(1 + Cᵀ B⁻¹ C), one vector, so B⁻¹ stays
 * exactly symmetric; EJML's outer-product kernel ({@code addOuterProd}) does it about five times
 * faster than the general {@code multAddTransB} at d = 25. Not thread-safe.
 */
public final class RidgeLeastSquares {

  private final int dimension;
  private final double ridge;
  private final DMatrixRMaj inverseGram;
  private final DMatrixRMaj estimate;
  private final DMatrixRMaj context;
  private final DMatrixRMaj gain;
  private long observations;

  /**
   * @param dimension pq, the dimension of contexts and of θ
   * @param ridge ζ &gt; 0 (Eq. 8)
   * @throws IllegalArgumentException naming the parameter when out of range
   */
  public RidgeLeastSquares(int dimension, double ridge) {
    if (dimension < 1) {
      throw new IllegalArgumentException("context dimension: " + dimension + "; expected ≥ 1");
    }
    if (!(ridge > 0) || !Double.isFinite(ridge)) {
      throw new IllegalArgumentException("ridge ζ: " + ridge + "; expected a finite number > 0");
    }
    this.dimension = dimension;
    this.ridge = ridge;
    this.inverseGram = new DMatrixRMaj(dimension, dimension);
    this.estimate = new DMatrixRMaj(dimension, 1);
    this.context = new DMatrixRMaj(dimension, 1);
    this.gain = new DMatrixRMaj(dimension, 1);
    reset();
  }

  /** Forgets every observation: B = ζI, S = 0, θ̂ = 0. */
  public void reset() {
    CommonOps_DDRM.setIdentity(inverseGram);
    CommonOps_DDRM.scale(1 / ridge, inverseGram);
    estimate.zero();
    observations = 0;
  }

  /** Adds the observation (C, X): B += C Cᵀ, S += C X, and θ̂ = B⁻¹ S. */
  public void update(double[] contextVector, double reward) {
    System.arraycopy(contextVector, 0, context.data, 0, dimension);
    CommonOps_DDRM.mult(inverseGram, context, gain);
    double denominator = 1 + VectorVectorMult_DDRM.innerProd(context, gain);
    double residual = reward - VectorVectorMult_DDRM.innerProd(context, estimate);
    double root = Math.sqrt(denominator);
    CommonOps_DDRM.scale(1 / root, gain);
    VectorVectorMult_DDRM.addOuterProd(-1, gain, gain, inverseGram);
    CommonOps_DDRM.addEquals(estimate, residual / root, gain);
    observations++;
  }

  /** Entry i of θ̂. */
  public double estimate(int i) {
    return estimate.data[i];
  }

  /** Copies θ̂ into {@code dest[0 .. pq)}. */
  public void copyEstimate(double[] dest) {
    System.arraycopy(estimate.data, 0, dest, 0, dimension);
  }

  /** Entry (i, j) of B⁻¹, for tests. */
  double inverseGram(int i, int j) {
    return inverseGram.get(i, j);
  }

  /** The live θ̂ array, for the recommenders of this package (not to be modified). */
  double[] estimateView() {
    return estimate.data;
  }

  /** Number of observations added since the last reset. */
  public long observations() {
    return observations;
  }

  /** ζ. */
  public double ridge() {
    return ridge;
  }

  /** pq. */
  public int dimension() {
    return dimension;
  }
}
