package org.recbench.ucbmnl;

/**
 * The joint user–item feature vectors with which UCB-MNL models the utility u = zᵀθ of item
 * features y ∈ R^{d2} for a user with context x ∈ R^{d1} (paper 003, Sec. 5.1 and Appendix S.4).
 */
public enum JointFeatures {

  /** Stacked UCB-MNL: z = [1, x, y] of dimension 1 + d1 + d2 (intercept and main effects). */
  STACKED {
    @Override
    public int dimension(int userDimension, int itemDimension) {
      return 1 + userDimension + itemDimension;
    }

    @Override
    public void map(double[] x, int userDimension, double[] items, int itemOffset,
        int itemDimension, double[] out, int outOffset) {
      out[outOffset] = 1.0;
      System.arraycopy(x, 0, out, outOffset + 1, userDimension);
      System.arraycopy(items, itemOffset, out, outOffset + 1 + userDimension, itemDimension);
    }

    @Override
    public void toTheta(double[] theta, int userDimension, int itemDimension, double[] into) {
      java.util.Arrays.fill(into, 0, (userDimension + 1) * (itemDimension + 1), 0.0);
      int width = itemDimension + 1;
      into[0] = theta[0];
      for (int a = 0; a < userDimension; a++) {
        into[(a + 1) * width] = theta[1 + a];
      }
      System.arraycopy(theta, 1 + userDimension, into, 1, itemDimension);
    }
  },

  /**
   * Vectorized UCB-MNL: z = vec([1; x][1; y]ᵀ) of dimension (1 + d1)(1 + d2) (intercept, main
   * effects and all interactions); entry a·(1 + d2) + b is x̃_a·ỹ_b with x̃ = [1; x], ỹ = [1; y],
   * so zᵀθ = x̃ᵀ Θ̃ ỹ when θ holds the (1 + d1) × (1 + d2) matrix Θ̃ row by row.
   */
  VECTORIZED {
    @Override
    public int dimension(int userDimension, int itemDimension) {
      return (1 + userDimension) * (1 + itemDimension);
    }

    @Override
    public void map(double[] x, int userDimension, double[] items, int itemOffset,
        int itemDimension, double[] out, int outOffset) {
      int width = 1 + itemDimension;
      for (int a = 0; a <= userDimension; a++) {
        double xa = a == 0 ? 1.0 : x[a - 1];
        int row = outOffset + a * width;
        out[row] = xa;
        for (int b = 1; b <= itemDimension; b++) {
          out[row + b] = xa * items[itemOffset + b - 1];
        }
      }
    }

    @Override
    public void toTheta(double[] theta, int userDimension, int itemDimension, double[] into) {
      System.arraycopy(theta, 0, into, 0, (userDimension + 1) * (itemDimension + 1));
    }
  };

  /** Dimension of z for user dimension d1 and item dimension d2. */
  public abstract int dimension(int userDimension, int itemDimension);

  /**
   * Writes z for context {@code x} (d1 entries) and the item whose d2 features start at
   * {@code items[itemOffset]} into {@code out[outOffset ..]}.
   */
  public abstract void map(double[] x, int userDimension, double[] items, int itemOffset,
      int itemDimension, double[] out, int outOffset);

  /**
   * Writes the (d1 + 1) × (d2 + 1) matrix Θ̃ with x̃ᵀΘ̃ỹ = zᵀθ (row-major, intercept row and
   * column first) into {@code into}: Stacked puts θ's intercept and main effects into the first
   * entry, column and row and zeros elsewhere; Vectorized's θ is Θ̃ row by row.
   */
  public abstract void toTheta(double[] theta, int userDimension, int itemDimension,
      double[] into);
}
