package org.recbench.churn.pbvi;

/**
 * The α-vectors of one PBVI stage: each is the per-type value of a concrete policy (its first
 * category, then a policy of the previous stage), so max_α α·b is an attainable value at b.
 */
final class AlphaStage {

  private final double[][] vectors;
  private final int[] actions;

  AlphaStage(double[][] vectors, int[] actions) {
    this.vectors = vectors;
    this.actions = actions;
  }

  int size() {
    return vectors.length;
  }

  double[] vector(int index) {
    return vectors[index];
  }

  int action(int index) {
    return actions[index];
  }

  /** Index of the α maximising α·b (the first on ties). */
  int best(double[] belief) {
    int best = 0;
    double bestValue = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < vectors.length; i++) {
      double v = dot(vectors[i], belief);
      if (v > bestValue) {
        bestValue = v;
        best = i;
      }
    }
    return best;
  }

  /** max_α α·b. */
  double value(double[] belief) {
    return dot(vectors[best(belief)], belief);
  }

  static double dot(double[] x, double[] y) {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += x[i] * y[i];
    }
    return s;
  }
}
