package org.recbench.protocol.assortment;

import java.util.Arrays;

/**
 * Capability {@code bilinear-parameter}: the true parameter of an environment whose utilities
 * are bilinear, u_i = x̃ᵀ Θ̃ ỹ_i with x̃ = [1; x] and ỹ = [1; y_i] (paper 003, Sec. 2, with the
 * intercept row and column of the Stacked and Vectorized models), and the rank a correct rank
 * selection finds — for the estimation metrics. Immutable: the values are copied in and out.
 *
 * @param userDimension d1
 * @param itemDimension d2
 * @param values Θ̃ row-major, (d1 + 1) × (d2 + 1); entry (0, 0) is the intercept, row 0 the item
 *     main effects, column 0 the user main effects
 * @param rank the rank of Θ̃'s planted structure (r for exact and approximately low rank,
 *     2 for main effects only, the rank chosen by GIC for a fitted ground truth)
 */
public record BilinearParameter(int userDimension, int itemDimension, double[] values,
    int rank) {

  /** Validates the shape and copies the values. */
  public BilinearParameter {
    if (userDimension < 0 || itemDimension < 0
        || values.length != (userDimension + 1) * (itemDimension + 1)) {
      throw new IllegalArgumentException("Θ̃ of a " + userDimension + " × " + itemDimension
          + " model has " + (userDimension + 1) * (itemDimension + 1) + " entries, got "
          + values.length);
    }
    if (rank < 0 || rank > Math.min(userDimension, itemDimension) + 1) {
      throw new IllegalArgumentException("rank " + rank + " is not in 0..min(d1, d2) + 1");
    }
    values = values.clone();
  }

  /** Θ̃(a, b). */
  public double get(int a, int b) {
    return values[a * (itemDimension + 1) + b];
  }

  /** A copy of the row-major values. */
  @Override
  public double[] values() {
    return values.clone();
  }

  /** ‖Θ̃‖_F. */
  public double frobeniusNorm() {
    double sum = 0.0;
    for (double v : values) {
      sum += v * v;
    }
    return Math.sqrt(sum);
  }

  /** ‖estimate − Θ̃‖_F / ‖Θ̃‖_F for a row-major estimate of the same shape. */
  public double relativeError(double[] estimate) {
    if (estimate.length != values.length) {
      throw new IllegalArgumentException("estimate has " + estimate.length + " entries, Θ̃ has "
          + values.length);
    }
    double sum = 0.0;
    for (int k = 0; k < values.length; k++) {
      double d = estimate[k] - values[k];
      sum += d * d;
    }
    return Math.sqrt(sum) / frobeniusNorm();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BilinearParameter p && p.userDimension == userDimension
        && p.itemDimension == itemDimension && p.rank == rank && Arrays.equals(p.values, values);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(values) + rank;
  }

  @Override
  public String toString() {
    return "BilinearParameter[" + (userDimension + 1) + " × " + (itemDimension + 1) + ", rank "
        + rank + "]";
  }
}
