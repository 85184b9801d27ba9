package org.recbench.population.ode;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.recbench.population.learner.ProductChoice;
import org.recbench.population.model.Contexts;
import org.recbench.protocol.population.AttributeTable;
import org.recbench.protocol.population.Population;

/**
 * The mean-field ODE of Theorem 2 (Lankireddy et al. 2024, Eq. 13) for x(τ) = (b, s, y):
 *
 * <pre>
 *   b' = Σ_n λ_n Σ_k p_nk C_{n,k} (w_kᵀ y_n) − b
 *   s' = Σ_n λ_n Σ_k p_nk C_{n,k} C_{n,k}ᵀ − s
 *   y_n' = λ_n (Σ_k p_nk w_k − y_n)
 * </pre>
 *
 * with θ = s⁻¹ b and p_nk = exp(a C_{n,k}ᵀθ) / Σ_j exp(a C_{n,j}ᵀθ) (Eq. 5). The b- and
 * s-equations are Eq. 13's (V ⊗ W)Λ_K diag(p)(I_N ⊗ W)ᵀ y − b and (V ⊗ W)Λ_K diag(p)(V ⊗ W)ᵀ − s
 * written per (n, k); the y-equation is the consistent form of Eq. 13's third line, whose
 * (I_N ⊗ W)ᵀ p does not have the dimension Nq of y: App. B derives E[Ψ_n] = λ_n (W P_n − Y_n),
 * i.e. (I_N ⊗ W) p. Here b is the running mean of C X and s the running mean of C Cᵀ (the paper's
 * Eqs. 9–10 swap the two letters in the prose but not in Eq. 13).
 *
 * <p>State layout: b in {@code x[0 .. d)}, s row-major in {@code x[d .. d + d²)}, y in
 * {@code x[d + d² .. d + d² + Nq)}, with d = pq. The drift of s is assembled as
 * Σ_k (Σ_n λ_n p_nk v_n v_nᵀ) ⊗ (w_k w_kᵀ), in O(NKp² + Kp²q²) rather than O(NK(pq)²).
 * Buffers are preallocated, but Hipparchus' API returns a fresh derivative array per evaluation.
 * Not thread-safe.
 */
public final class PopulationOde implements OrdinaryDifferentialEquation {

  private final Population population;
  private final double inverseTemperature;
  private final int n;
  private final int k;
  private final int p;
  private final int q;
  private final int d;
  private final int sOffset;
  private final int yOffset;
  private final int dimension;
  private final DMatrixRMaj gram;
  private final DMatrixRMaj moment;
  private final DMatrixRMaj thetaVector;
  private final LinearSolverDense<DMatrixRMaj> solver;
  private final double[] work;
  private final double[] probabilities;
  private final double[] meanProduct;
  private final double[] rewardWeighted;
  private final double[] userOuter;
  private final double[] productOuter;
  private final double[] userMix;

  /**
   * @param population attributes, λ and (for {@link #initialState}) y(0)
   * @param inverseTemperature the softmax's a: finite and ≥ 0 (the greedy limit has no ODE, its
   *     choice probabilities are not Lipschitz; assumption A3)
   */
  public PopulationOde(Population population, double inverseTemperature) {
    ProductChoice.checkInverseTemperature(inverseTemperature);
    if (Double.isInfinite(inverseTemperature)) {
      throw new IllegalArgumentException("inverse temperature a: +∞ has no ODE limit (the greedy"
          + " choice is discontinuous); expected a finite a ≥ 0");
    }
    this.population = population;
    this.inverseTemperature = inverseTemperature;
    this.n = population.userCount();
    this.k = population.productCount();
    this.p = population.userDimension();
    this.q = population.productDimension();
    this.d = p * q;
    this.sOffset = d;
    this.yOffset = d + d * d;
    this.dimension = yOffset + n * q;
    this.gram = new DMatrixRMaj(d, d);
    this.moment = new DMatrixRMaj(d, 1);
    this.thetaVector = new DMatrixRMaj(d, 1);
    this.solver = LinearSolverFactory_DDRM.linear(d);
    this.work = new double[q];
    this.probabilities = new double[k];
    this.meanProduct = new double[q];
    this.rewardWeighted = new double[q];
    this.userOuter = outerProducts(population.users());
    this.productOuter = outerProducts(population.products());
    this.userMix = new double[k * p * p];
  }

  /** Row r of the result holds the flattened outer product a_r a_rᵀ of row r of the table. */
  private static double[] outerProducts(AttributeTable table) {
    int dim = table.dimension();
    double[] out = new double[table.rows() * dim * dim];
    for (int r = 0; r < table.rows(); r++) {
      for (int i = 0; i < dim; i++) {
        for (int j = 0; j < dim; j++) {
          out[r * dim * dim + i * dim + j] = table.get(r, i) * table.get(r, j);
        }
      }
    }
    return out;
  }

  /**
   * x(0) = (0, gramScale · I, y(0)). Theorem 2 takes b(0) = B_0 = 0 and s(0) = S_0 = ζI
   * ({@code gramScale} = ζ). To compare with a simulation at clock offset t0 ≥ 1, use
   * ζ/t0: the recommender's (ζI + Σ C Cᵀ)/(t0 + t) then obeys Eq. 10 with step size 1/(t0 + t + 1)
   * from exactly that start.
   */
  public double[] initialState(double gramScale) {
    if (!(gramScale > 0) || !Double.isFinite(gramScale)) {
      throw new IllegalArgumentException("initial s(0) scale: " + gramScale
          + "; expected a finite number > 0");
    }
    double[] x = new double[dimension];
    for (int i = 0; i < d; i++) {
      x[sOffset + i * d + i] = gramScale;
    }
    double[] y = new double[n * q];
    population.initialStates().copyTo(y);
    System.arraycopy(y, 0, x, yOffset, y.length);
    return x;
  }

  @Override
  public int getDimension() {
    return dimension;
  }

  @Override
  public double[] computeDerivatives(double tau, double[] x) {
    double[] dx = new double[dimension];
    solveTheta(x, tau);
    AttributeTable users = population.users();
    AttributeTable products = population.products();
    Arrays.fill(userMix, 0);
    for (int u = 0; u < n; u++) {
      double lambda = population.arrivalProbability(u);
      Contexts.scores(users, u, products, thetaVector.data, work, probabilities);
      ProductChoice.probabilities(probabilities, k, inverseTemperature, probabilities);
      int yBase = yOffset + u * q;
      Arrays.fill(meanProduct, 0);
      Arrays.fill(rewardWeighted, 0);
      for (int prod = 0; prod < k; prod++) {
        double pk = probabilities[prod];
        double weightedReward = pk * products.dot(prod, x, yBase);
        for (int j = 0; j < q; j++) {
          double wj = products.get(prod, j);
          meanProduct[j] += pk * wj;
          rewardWeighted[j] += weightedReward * wj;
        }
        double coefficient = lambda * pk;
        int mixBase = prod * p * p;
        int outerBase = u * p * p;
        for (int i = 0; i < p * p; i++) {
          userMix[mixBase + i] += coefficient * userOuter[outerBase + i];
        }
      }
      for (int i = 0; i < p; i++) {
        double scale = lambda * users.get(u, i);
        for (int j = 0; j < q; j++) {
          dx[i * q + j] += scale * rewardWeighted[j];
        }
      }
      for (int j = 0; j < q; j++) {
        dx[yBase + j] = lambda * (meanProduct[j] - x[yBase + j]);
      }
    }
    addGramDrift(dx);
    for (int i = 0; i < yOffset; i++) {
      dx[i] -= x[i];
    }
    return dx;
  }

  /**
   * Adds Σ_k (Σ_n λ_n p_nk v_n v_nᵀ) ⊗ (w_k w_kᵀ) = Σ_n λ_n Σ_k p_nk C_{n,k} C_{n,k}ᵀ to the
   * s-block of {@code dx}: upper triangle computed, lower mirrored, so s stays exactly symmetric.
   */
  private void addGramDrift(double[] dx) {
    for (int prod = 0; prod < k; prod++) {
      int mixBase = prod * p * p;
      int outerBase = prod * q * q;
      for (int i1 = 0; i1 < p; i1++) {
        for (int j1 = 0; j1 < q; j1++) {
          int row = i1 * q + j1;
          for (int i2 = i1; i2 < p; i2++) {
            double a = userMix[mixBase + i1 * p + i2];
            for (int j2 = (i2 == i1 ? j1 : 0); j2 < q; j2++) {
              int col = i2 * q + j2;
              double value = a * productOuter[outerBase + j1 * q + j2];
              dx[sOffset + row * d + col] += value;
              if (col != row) {
                dx[sOffset + col * d + row] += value;
              }
            }
          }
        }
      }
    }
  }

  /** Writes θ = s⁻¹ b of state {@code x} into {@code dest[0 .. pq)}. */
  public void theta(double[] x, double[] dest) {
    solveTheta(x, Double.NaN);
    System.arraycopy(thetaVector.data, 0, dest, 0, d);
  }

  /** Writes the softmax probabilities p_{user,k} of state {@code x} into {@code dest[0 .. K)}. */
  public void choiceProbabilities(double[] x, int user, double[] dest) {
    solveTheta(x, Double.NaN);
    Contexts.scores(population.users(), user, population.products(), thetaVector.data, work,
        dest);
    ProductChoice.probabilities(dest, k, inverseTemperature, dest);
  }

  /** Copies y_1 … y_N of state {@code x}, row-major, into {@code dest[0 .. Nq)}. */
  public void copyPreferences(double[] x, double[] dest) {
    System.arraycopy(x, yOffset, dest, 0, n * q);
  }

  private void solveTheta(double[] x, double tau) {
    System.arraycopy(x, sOffset, gram.data, 0, d * d);
    System.arraycopy(x, 0, moment.data, 0, d);
    if (!solver.setA(gram)) {
      throw new IllegalStateException("ODE: s(τ) is singular at τ = " + tau
          + "; θ = s⁻¹b is undefined (do the contexts v_n ⊗ w_k span R^pq?)");
    }
    solver.solve(moment, thetaVector);
  }

  /** The population the ODE describes. */
  public Population population() {
    return population;
  }

  /** a. */
  public double inverseTemperature() {
    return inverseTemperature;
  }

  /** Offset of y_1 in the state vector (d + d²). */
  public int preferenceOffset() {
    return yOffset;
  }
}
