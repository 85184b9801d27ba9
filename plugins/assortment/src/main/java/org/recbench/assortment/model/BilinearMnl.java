package org.recbench.assortment.model;

import org.ejml.data.DMatrixRMaj;

/**
 * A bilinear MNL choice model with intercepts: the utility of item i with features
 * y_i ∈ R^{d2} for a user with context x ∈ R^{d1} is u_i = x̃ᵀ Θ̃ ỹ_i with x̃ = [1; x],
 * ỹ = [1; y] and Θ̃ of size (d1 + 1) × (d2 + 1). The lower-right d1 × d2 block is the
 * interaction matrix Θ of paper 003, Sec. 2 (u = xᵀΘy); the first row and column hold the
 * intercept and the main effects, which is how the paper's main-effects-only case (Sec. 5.1,
 * "effective rank 2") and the Expedia fit are written in the same form.
 *
 * <p>The item side Θ̃ ỹ_i is computed once, so a round's utilities cost O(N·d1).
 */
public final class BilinearMnl {

  private final DMatrixRMaj theta;
  private final int userDimension;
  private final int itemDimension;
  private final int items;
  private final double[] itemFeatures;
  private final double[] revenues;
  private final double[] itemSide;

  /**
   * The model for Θ̃ ((d1 + 1) × (d2 + 1)), item features (row-major N × d2) and revenues (N,
   * positive). The arrays are copied.
   */
  public BilinearMnl(DMatrixRMaj theta, double[] itemFeatures, int items, double[] revenues) {
    this.userDimension = theta.numRows - 1;
    this.itemDimension = theta.numCols - 1;
    if (userDimension < 1 || itemDimension < 1) {
      throw new IllegalArgumentException("Θ̃ must be at least 2 × 2 (intercept plus one"
          + " feature each side), got " + theta.numRows + " × " + theta.numCols);
    }
    if (items < 1 || itemFeatures.length != items * itemDimension
        || revenues.length != items) {
      throw new IllegalArgumentException("expected " + items + " items with " + itemDimension
          + " features and one revenue each, got " + itemFeatures.length + " features and "
          + revenues.length + " revenues");
    }
    for (int i = 0; i < items; i++) {
      if (!(revenues[i] > 0.0) || Double.isInfinite(revenues[i])) {
        throw new IllegalArgumentException("revenue of item " + i + " is " + revenues[i]
            + ", expected a finite positive number");
      }
    }
    this.theta = theta.copy();
    this.items = items;
    this.itemFeatures = itemFeatures.clone();
    this.revenues = revenues.clone();
    int w = userDimension + 1;
    this.itemSide = new double[items * w];
    for (int i = 0; i < items; i++) {
      for (int a = 0; a < w; a++) {
        double s = theta.get(a, 0);
        for (int b = 0; b < itemDimension; b++) {
          s += theta.get(a, b + 1) * itemFeatures[i * itemDimension + b];
        }
        itemSide[i * w + a] = s;
      }
    }
  }

  /** Writes u_i = x̃ᵀ Θ̃ ỹ_i for every item into {@code out} (N entries). */
  public void utilities(double[] context, double[] out) {
    int w = userDimension + 1;
    for (int i = 0; i < items; i++) {
      int row = i * w;
      double u = itemSide[row];
      for (int a = 0; a < userDimension; a++) {
        u += context[a] * itemSide[row + a + 1];
      }
      out[i] = u;
    }
  }

  /** d1. */
  public int userDimension() {
    return userDimension;
  }

  /** d2. */
  public int itemDimension() {
    return itemDimension;
  }

  /** N. */
  public int items() {
    return items;
  }

  /** Item features, row-major N × d2 (read-only view). */
  public double[] itemFeatures() {
    return itemFeatures;
  }

  /** Revenues r_i (read-only view). */
  public double[] revenues() {
    return revenues;
  }

  /** A copy of Θ̃. */
  public DMatrixRMaj theta() {
    return theta.copy();
  }
}
