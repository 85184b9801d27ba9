package org.recbench.menus.preference;

import java.util.random.RandomGenerator;
import org.recbench.protocol.menu.PreferenceModel;

/**
 * Scores linear in memory, f(v) = A v with every A_ij ∈ [λ, 1]. Any affine function of v is of
 * this form on the simplex (Σ v_j = 1), and since f_i(v) is then a convex combination of row i,
 * it stays in [λ, 1]. f_i is L-Lipschitz in ℓ1 with L = (max_j A_ij − min_j A_ij) / 2
 * (Definition 2). {@link #familiarity} is the (λ, 1)-scale-bounded model
 * f_i(v) = λ + (1 − λ) v_i of Definition 3.
 */
public final class LinearPreferences implements PreferenceModel {

  private final int n;
  private final double[] matrix;
  private final double lambda;

  /**
   * @param matrix row-major n × n matrix A
   * @throws IllegalArgumentException unless A is square with entries in [λ, 1]
   */
  public LinearPreferences(double[][] matrix, double lambda) {
    Scores.requireLowerBound(lambda);
    this.n = matrix.length;
    this.matrix = new double[n * n];
    for (int i = 0; i < n; i++) {
      if (matrix[i].length != n) {
        throw new IllegalArgumentException("linear preference matrix must be " + n + " x " + n
            + ", row " + i + " has " + matrix[i].length + " entries");
      }
      for (int j = 0; j < n; j++) {
        Scores.requireInRange(matrix[i][j], lambda, "linear preference entry A[" + i + "][" + j + "]");
        this.matrix[i * n + j] = matrix[i][j];
      }
    }
    this.lambda = lambda;
  }

  /** f_i(v) = λ + (1 − λ) v_i: preference grows with familiarity. */
  public static LinearPreferences familiarity(int items, double lambda) {
    double[][] a = new double[items][items];
    for (int i = 0; i < items; i++) {
      java.util.Arrays.fill(a[i], lambda);
      a[i][i] = 1.0;
    }
    return new LinearPreferences(a, lambda);
  }

  /** A with independent entries uniform in [λ, 1]. */
  public static LinearPreferences random(int items, double lambda, RandomGenerator random) {
    Scores.requireLowerBound(lambda);
    double[][] a = new double[items][items];
    for (int i = 0; i < items; i++) {
      for (int j = 0; j < items; j++) {
        a[i][j] = lambda + (1 - lambda) * random.nextDouble();
      }
    }
    return new LinearPreferences(a, lambda);
  }

  /** The ℓ1 Lipschitz constant max_i (max_j A_ij − min_j A_ij) / 2. */
  public double lipschitz() {
    double l = 0;
    for (int i = 0; i < n; i++) {
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (int j = 0; j < n; j++) {
        lo = Math.min(lo, matrix[i * n + j]);
        hi = Math.max(hi, matrix[i * n + j]);
      }
      l = Math.max(l, (hi - lo) / 2);
    }
    return l;
  }

  @Override
  public int items() {
    return n;
  }

  @Override
  public double lowerBound() {
    return lambda;
  }

  @Override
  public void scores(double[] memory, double[] out) {
    for (int i = 0; i < n; i++) {
      double s = 0;
      int row = i * n;
      for (int j = 0; j < n; j++) {
        s += matrix[row + j] * memory[j];
      }
      out[i] = Math.min(1.0, Math.max(lambda, s));
    }
  }
}
