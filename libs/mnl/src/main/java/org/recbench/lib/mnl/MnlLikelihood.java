package org.recbench.lib.mnl;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;

/**
 * The negative log-likelihood of linear-utility MNL observations and its derivatives (paper 003,
 * Eq. 1 and Eq. 6; Oh and Iyengar 2021, Sec. 3): with u_ti = z_tiᵀθ and y_ti the choice
 * indicators,
 * <pre>
 *   ℓ(θ)   = Σ_t [ log(1 + Σ_{j∈S_t} exp(u_tj)) − Σ_{i∈S_t} y_ti u_ti ]
 *   ∇ℓ(θ)  = Σ_t Σ_{i∈S_t} (p_ti − y_ti) z_ti
 *   ∇²ℓ(θ) = Σ_t [ Σ_{i∈S_t} p_ti z_ti z_tiᵀ − z̄_t z̄_tᵀ ],  z̄_t = Σ_{i∈S_t} p_ti z_ti
 * </pre>
 * The Hessian does not depend on the choices, so it is also the Fisher information. ℓ is a sum
 * over rounds (not a mean). Scratch buffers are owned by the instance: evaluations allocate
 * nothing, and an instance is not thread-safe.
 */
public final class MnlLikelihood {

  private final int dimension;
  private double[] utilities = new double[0];
  private double[] probabilities = new double[0];
  private int[] identity = new int[0];
  private final double[] mean;
  private final double[] unusedGradient;

  /** Scratch for feature dimension p. */
  public MnlLikelihood(int dimension) {
    this.dimension = dimension;
    this.mean = new double[dimension];
    this.unusedGradient = new double[dimension];
  }

  /** ℓ(θ). */
  public double value(ChoiceLog log, double[] theta) {
    check(log, theta);
    double total = 0.0;
    for (int t = 0; t < log.rounds(); t++) {
      int count = utilities(log, t, theta);
      total += MnlChoice.logPartition(utilities, identity, count);
      int c = log.chosen(t);
      if (c != MnlChoice.NO_PURCHASE) {
        total -= utilities[c];
      }
    }
    return total;
  }

  /** Writes ∇ℓ(θ) into {@code gradient} and returns ℓ(θ). */
  public double gradient(ChoiceLog log, double[] theta, double[] gradient) {
    return evaluate(log, theta, gradient, null);
  }

  /** Writes ∇ℓ(θ) into {@code gradient}, ∇²ℓ(θ) into {@code hessian} (p × p) and returns ℓ(θ). */
  public double gradientAndHessian(ChoiceLog log, double[] theta, double[] gradient,
      DMatrixRMaj hessian) {
    return evaluate(log, theta, gradient, hessian);
  }

  /**
   * Adds round t's term Σ_{i∈S_t} p_ti z_ti z_tiᵀ − z̄_t z̄_tᵀ of ∇²ℓ(θ) to {@code hessian}
   * (p × p, both triangles).
   */
  public void addRoundHessian(ChoiceLog log, int round, double[] theta, DMatrixRMaj hessian) {
    check(log, theta);
    int count = utilities(log, round, theta);
    MnlChoice.logPartitionAndProbabilities(utilities, identity, count, probabilities);
    double[] z = log.features();
    double[] h = hessian.data;
    int base = log.start(round) * dimension;
    Arrays.fill(mean, 0.0);
    for (int k = 0; k < count; k++) {
      double p = probabilities[k];
      int row = base + k * dimension;
      for (int a = 0; a < dimension; a++) {
        double pa = p * z[row + a];
        mean[a] += pa;
        int hr = a * dimension;
        for (int b = 0; b < dimension; b++) {
          h[hr + b] += pa * z[row + b];
        }
      }
    }
    for (int a = 0; a < dimension; a++) {
      int hr = a * dimension;
      for (int b = 0; b < dimension; b++) {
        h[hr + b] -= mean[a] * mean[b];
      }
    }
  }

  /** Writes the Fisher information ∇²ℓ(θ) (p × p) into {@code information}. */
  public void information(ChoiceLog log, double[] theta, DMatrixRMaj information) {
    evaluate(log, theta, unusedGradient, information);
  }

  private double evaluate(ChoiceLog log, double[] theta, double[] gradient,
      DMatrixRMaj hessian) {
    check(log, theta);
    Arrays.fill(gradient, 0, dimension, 0.0);
    double[] h = null;
    if (hessian != null) {
      hessian.reshape(dimension, dimension);
      hessian.zero();
      h = hessian.data;
    }
    double[] z = log.features();
    double total = 0.0;
    for (int t = 0; t < log.rounds(); t++) {
      int count = utilities(log, t, theta);
      total += MnlChoice.logPartitionAndProbabilities(utilities, identity, count,
          probabilities);
      int c = log.chosen(t);
      if (c != MnlChoice.NO_PURCHASE) {
        total -= utilities[c];
      }
      int base = log.start(t) * dimension;
      Arrays.fill(mean, 0.0);
      for (int k = 0; k < count; k++) {
        double p = probabilities[k];
        double residual = p - (k == c ? 1.0 : 0.0);
        int row = base + k * dimension;
        for (int a = 0; a < dimension; a++) {
          double za = z[row + a];
          gradient[a] += residual * za;
          mean[a] += p * za;
        }
        if (h != null) {
          for (int a = 0; a < dimension; a++) {
            double pa = p * z[row + a];
            int hr = a * dimension;
            for (int b = a; b < dimension; b++) {
              h[hr + b] += pa * z[row + b];
            }
          }
        }
      }
      if (h != null) {
        for (int a = 0; a < dimension; a++) {
          double ma = mean[a];
          int hr = a * dimension;
          for (int b = a; b < dimension; b++) {
            h[hr + b] -= ma * mean[b];
          }
        }
      }
    }
    if (h != null) {
      for (int a = 0; a < dimension; a++) {
        for (int b = 0; b < a; b++) {
          h[a * dimension + b] = h[b * dimension + a];
        }
      }
    }
    return total;
  }

  /** Computes round t's utilities into the scratch buffer and returns the set size. */
  private int utilities(ChoiceLog log, int t, double[] theta) {
    int count = log.size(t);
    if (utilities.length < count) {
      utilities = new double[count];
      probabilities = new double[count];
      identity = new int[count];
      for (int k = 0; k < count; k++) {
        identity[k] = k;
      }
    }
    double[] z = log.features();
    int row = log.start(t) * dimension;
    for (int k = 0; k < count; k++, row += dimension) {
      double u = 0.0;
      for (int a = 0; a < dimension; a++) {
        u += z[row + a] * theta[a];
      }
      utilities[k] = u;
    }
    return count;
  }

  private void check(ChoiceLog log, double[] theta) {
    if (log.dimension() != dimension || theta.length < dimension) {
      throw new IllegalArgumentException("likelihood of dimension " + dimension
          + " given a log of dimension " + log.dimension() + " and θ of length " + theta.length);
    }
  }
}
