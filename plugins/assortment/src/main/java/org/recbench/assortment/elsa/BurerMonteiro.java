package org.recbench.assortment.elsa;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.recbench.lib.mnl.MnlChoice;

/**
 * The rank-constrained MLE of Θ (paper 003, Eq. 1) by the Burer–Monteiro factorisation
 * Θ = U Vᵀ, U ∈ R^{d1×r}, V ∈ R^{d2×r}, with the balance regulariser of Eq. 2,
 * <pre>
 *   F(U, V) = L_n(U Vᵀ) + μ‖UᵀU − VᵀV‖²_F,   L_n = ℓ / n (mean negative log-likelihood),
 * </pre>
 * minimised by alternating factored gradient descent (Alg. 1; Zheng and Lafferty 2016):
 * U ← U − η ∇_U F(U, V), then V ← V − η ∇_V F(U, V) with the new U, where
 * ∇_U F = ∇L_n(Θ) V + 4μ U D, ∇_V F = ∇L_n(Θ)ᵀ U − 4μ V D, D = UᵀU − VᵀV, and
 * ∇L_n(Θ) = (1/n) Σ_t x_t (Σ_{i∈S_t} (p_ti − y_ti) y_ti)ᵀ. The start is the rank-r truncated
 * SVD P_r Σ_r Q_rᵀ of an initial estimate (the unconstrained MLE in ELSA), split evenly:
 * U₀ = P_r Σ_r^{1/2}, V₀ = Q_r Σ_r^{1/2}.
 *
 * <p>Every rank-r matrix has a balanced factorisation (D = 0), so the regulariser changes the
 * path, not the minimiser. The learning rate η of Alg. 1 is found per step by backtracking
 * (halve until F decreases by at least η‖∇‖²/2, then try twice the accepted η at the next
 * step), which keeps the fixed-η iteration stable without a problem-specific constant.
 * Iterations stop when a full (U, V) sweep lowers F by less than tolerance·max(1, |F|).
 *
 * <p>Buffers for the log are allocated once per instance; not thread-safe.
 */
public final class BurerMonteiro {

  /**
   * Tuning of the factored gradient descent.
   *
   * @param balance μ &gt; 0, the weight of ‖UᵀU − VᵀV‖²_F (1/8 as in Tu et al. 2016)
   * @param maxIterations cap on (U, V) sweeps
   * @param tolerance relative decrease of F below which the sweeps stop
   */
  public record Settings(double balance, int maxIterations, double tolerance) {

    /** Validates the ranges. */
    public Settings {
      if (!(balance > 0.0) || maxIterations < 1 || !(tolerance > 0.0)) {
        throw new IllegalArgumentException("FGD needs balance > 0, maxIterations ≥ 1 and"
            + " tolerance > 0, got " + balance + ", " + maxIterations + ", " + tolerance);
      }
    }

    /** μ = 0.001, at most 2000 sweeps, tolerance 1e-6. */
    public static Settings defaults() {
      return new Settings(0.001, 2000, 1e-6);
    }
  }

  /**
   * A rank-r fit.
   *
   * @param theta Θ̂ = U Vᵀ (d1 × d2)
   * @param rank r
   * @param negLogLikelihood ℓ(Θ̂) summed over the rounds (not the mean)
   * @param iterations (U, V) sweeps taken
   * @param converged whether the tolerance was reached before the cap
   */
  public record Fit(DMatrixRMaj theta, int rank, double negLogLikelihood, int iterations,
      boolean converged) {
  }

  private static final int MAX_HALVINGS = 60;

  private final BilinearChoiceLog log;
  private final Settings settings;
  private final int d1;
  private final int d2;
  private final int n;
  private final double[] residual;
  private final double[] utilities;
  private final double[] probabilities;
  private final int[] identity;
  private int rank;
  private double[] u;
  private double[] v;
  private double[] trial;
  private double[] gradient;
  private double[] userFactor;
  private double[] itemFactor;
  private double[] mismatch;
  private double[] accumulator;
  private double etaUser;
  private double etaItem;

  /** FGD over the observations of {@code log}. */
  public BurerMonteiro(BilinearChoiceLog log, Settings settings) {
    if (log.rounds() < 1) {
      throw new IllegalArgumentException("the rank-constrained MLE needs at least one round");
    }
    this.log = log;
    this.settings = settings;
    this.d1 = log.userDimension();
    this.d2 = log.itemDimension();
    this.n = log.rounds();
    int maxSize = 0;
    for (int t = 0; t < n; t++) {
      maxSize = Math.max(maxSize, log.size(t));
    }
    this.residual = new double[log.rows()];
    this.utilities = new double[maxSize];
    this.probabilities = new double[maxSize];
    this.identity = new int[maxSize];
    for (int k = 0; k < maxSize; k++) {
      identity[k] = k;
    }
  }

  /** Alg. 1 from the rank-r truncated SVD of {@code initial} (d1 × d2). */
  public Fit fit(DMatrixRMaj initial, int rank) {
    if (initial.numRows != d1 || initial.numCols != d2) {
      throw new IllegalArgumentException("initial estimate is " + initial.numRows + " × "
          + initial.numCols + ", expected " + d1 + " × " + d2);
    }
    if (rank < 1 || rank > Math.min(d1, d2)) {
      throw new IllegalArgumentException("rank must be in 1.." + Math.min(d1, d2) + ", got "
          + rank);
    }
    allocate(rank);
    Svd svd = Svd.of(initial);
    for (int k = 0; k < rank; k++) {
      double root = Math.sqrt(svd.value(k));
      for (int a = 0; a < d1; a++) {
        u[a * rank + k] = svd.left().get(a, k) * root;
      }
      for (int b = 0; b < d2; b++) {
        v[b * rank + k] = svd.right().get(b, k) * root;
      }
    }
    etaUser = 1.0;
    etaItem = 1.0;
    factor(u, log.users(), n, d1, userFactor);
    factor(v, log.items(), log.rows(), d2, itemFactor);
    double value = objective();
    int sweeps = 0;
    boolean converged = false;
    while (sweeps < settings.maxIterations()) {
      sweeps++;
      double before = value;
      value = stepUser(value);
      value = stepItem(value);
      if (before - value <= settings.tolerance() * Math.max(1.0, Math.abs(value))) {
        converged = true;
        break;
      }
    }
    DMatrixRMaj theta = new DMatrixRMaj(d1, d2);
    for (int a = 0; a < d1; a++) {
      for (int b = 0; b < d2; b++) {
        double s = 0.0;
        for (int k = 0; k < rank; k++) {
          s += u[a * rank + k] * v[b * rank + k];
        }
        theta.set(a, b, s);
      }
    }
    return new Fit(theta, rank, n * likelihood(), sweeps, converged);
  }

  /** ℓ(Θ) over the log for any d1 × d2 matrix Θ (the first term of GIC, Eq. 4). */
  public double negLogLikelihood(DMatrixRMaj theta) {
    double[] x = log.users();
    double[] y = log.items();
    double[] side = new double[d1];
    double total = 0.0;
    for (int t = 0; t < n; t++) {
      int count = log.size(t);
      for (int k = 0; k < count; k++) {
        int row = (log.start(t) + k) * d2;
        for (int a = 0; a < d1; a++) {
          double s = 0.0;
          for (int b = 0; b < d2; b++) {
            s += theta.get(a, b) * y[row + b];
          }
          side[a] = s;
        }
        double w = 0.0;
        for (int a = 0; a < d1; a++) {
          w += x[t * d1 + a] * side[a];
        }
        utilities[k] = w;
      }
      total += MnlChoice.logPartition(utilities, identity, count);
      if (log.chosen(t) != MnlChoice.NO_PURCHASE) {
        total -= utilities[log.chosen(t)];
      }
    }
    return total;
  }

  private void allocate(int r) {
    if (rank == r && u != null) {
      return;
    }
    rank = r;
    u = new double[d1 * r];
    v = new double[d2 * r];
    trial = new double[Math.max(d1, d2) * r];
    gradient = new double[Math.max(d1, d2) * r];
    userFactor = new double[n * r];
    itemFactor = new double[log.rows() * r];
    mismatch = new double[r * r];
    accumulator = new double[r];
  }

  /**
   * One backtracking gradient step on U from the current point, whose objective is
   * {@code value} and whose residuals are current; returns the new objective.
   */
  private double stepUser(double value) {
    double[] x = log.users();
    Arrays.fill(gradient, 0, d1 * rank, 0.0);
    for (int t = 0; t < n; t++) {
      Arrays.fill(accumulator, 0.0);
      for (int k = 0; k < log.size(t); k++) {
        int row = log.start(t) + k;
        double e = residual[row];
        for (int c = 0; c < rank; c++) {
          accumulator[c] += e * itemFactor[row * rank + c];
        }
      }
      for (int a = 0; a < d1; a++) {
        double xa = x[t * d1 + a] / n;
        for (int c = 0; c < rank; c++) {
          gradient[a * rank + c] += xa * accumulator[c];
        }
      }
    }
    addBalanceGradient(u, d1, 4.0 * settings.balance());
    return search(u, d1, value, true);
  }

  /** One backtracking gradient step on V, as {@link #stepUser} for U. */
  private double stepItem(double value) {
    double[] y = log.items();
    Arrays.fill(gradient, 0, d2 * rank, 0.0);
    for (int t = 0; t < n; t++) {
      for (int k = 0; k < log.size(t); k++) {
        int row = log.start(t) + k;
        double e = residual[row] / n;
        for (int b = 0; b < d2; b++) {
          double ey = e * y[row * d2 + b];
          for (int c = 0; c < rank; c++) {
            gradient[b * rank + c] += ey * userFactor[t * rank + c];
          }
        }
      }
    }
    addBalanceGradient(v, d2, -4.0 * settings.balance());
    return search(v, d2, value, false);
  }

  /** gradient += weight · M D with D = UᵀU − VᵀV, for M = U (d1 rows) or V (d2 rows). */
  private void addBalanceGradient(double[] m, int rows, double weight) {
    mismatch();
    for (int a = 0; a < rows; a++) {
      for (int c = 0; c < rank; c++) {
        double s = 0.0;
        for (int k = 0; k < rank; k++) {
          s += m[a * rank + k] * mismatch[k * rank + c];
        }
        gradient[a * rank + c] += weight * s;
      }
    }
  }

  /**
   * Backtracking on M ← M − η·gradient from the step size that worked last time (doubled):
   * halve η until F decreases by at least η‖gradient‖²/2. Every trial evaluation also leaves
   * the residuals of its point, so the accepted point's are ready for the next step. Returns
   * the new objective (the old one if no step decreases F).
   */
  private double search(double[] m, int rows, double value, boolean user) {
    int size = rows * rank;
    double squared = 0.0;
    for (int k = 0; k < size; k++) {
      squared += gradient[k] * gradient[k];
    }
    System.arraycopy(m, 0, trial, 0, size);
    double eta = user ? etaUser : etaItem;
    for (int halving = 0; halving < MAX_HALVINGS; halving++) {
      for (int k = 0; k < size; k++) {
        m[k] = trial[k] - eta * gradient[k];
      }
      refactor(user);
      double candidate = objective();
      if (candidate <= value - 0.5 * eta * squared) {
        if (user) {
          etaUser = 2.0 * eta;
        } else {
          etaItem = 2.0 * eta;
        }
        return candidate;
      }
      eta *= 0.5;
    }
    System.arraycopy(trial, 0, m, 0, size);
    refactor(user);
    return objective();
  }

  private void refactor(boolean user) {
    if (user) {
      factor(u, log.users(), n, d1, userFactor);
    } else {
      factor(v, log.items(), log.rows(), d2, itemFactor);
    }
  }

  /** out[j] = Mᵀ row_j for every row of {@code vectors}. */
  private void factor(double[] m, double[] vectors, int count, int dimension, double[] out) {
    for (int j = 0; j < count; j++) {
      for (int c = 0; c < rank; c++) {
        double s = 0.0;
        for (int a = 0; a < dimension; a++) {
          s += vectors[j * dimension + a] * m[a * rank + c];
        }
        out[j * rank + c] = s;
      }
    }
  }

  private double objective() {
    mismatch();
    double balance = 0.0;
    for (double d : mismatch) {
      balance += d * d;
    }
    return likelihood() + settings.balance() * balance;
  }

  /** D = UᵀU − VᵀV into {@code mismatch}. */
  private void mismatch() {
    for (int c = 0; c < rank; c++) {
      for (int k = 0; k < rank; k++) {
        double s = 0.0;
        for (int a = 0; a < d1; a++) {
          s += u[a * rank + c] * u[a * rank + k];
        }
        for (int b = 0; b < d2; b++) {
          s -= v[b * rank + c] * v[b * rank + k];
        }
        mismatch[c * rank + k] = s;
      }
    }
  }

  /** L_n at the current factors, leaving the residuals p_ti − y_ti per row. */
  private double likelihood() {
    double total = 0.0;
    for (int t = 0; t < n; t++) {
      int count = log.size(t);
      int first = log.start(t);
      for (int k = 0; k < count; k++) {
        double s = 0.0;
        int row = first + k;
        for (int c = 0; c < rank; c++) {
          s += userFactor[t * rank + c] * itemFactor[row * rank + c];
        }
        utilities[k] = s;
      }
      total += MnlChoice.logPartitionAndProbabilities(utilities, identity, count,
          probabilities);
      int chosen = log.chosen(t);
      if (chosen != MnlChoice.NO_PURCHASE) {
        total -= utilities[chosen];
      }
      for (int k = 0; k < count; k++) {
        residual[first + k] = probabilities[k] - (k == chosen ? 1.0 : 0.0);
      }
    }
    return total / n;
  }
}
