package org.recbench.sarsop.policy;

import java.util.List;

/**
 * A value function as a set of alpha vectors, each tagged with the action that starts its
 * conditional plan: V(b) = max_α α·b, and the policy acts with the action of the maximising
 * vector (ties go to the vector listed first). This is the lower bound SARSOP writes to its
 * {@code .policy} files.
 */
public final class AlphaVectors {

  private final int vectorLength;
  private final int[] actions;
  private final int[] obsValues;
  private final double[] entries;

  /**
   * Creates the set.
   *
   * @param vectorLength number of states
   * @param actions action index of each vector
   * @param obsValues {@code obsValue} of each vector (0 for plain POMDPs)
   * @param vectors the vectors, each of {@code vectorLength} entries
   */
  public AlphaVectors(int vectorLength, int[] actions, int[] obsValues, List<double[]> vectors) {
    if (vectors.isEmpty() || actions.length != vectors.size()
        || obsValues.length != vectors.size()) {
      throw new IllegalArgumentException("need one action and obsValue per vector, and a vector");
    }
    this.vectorLength = vectorLength;
    this.actions = actions.clone();
    this.obsValues = obsValues.clone();
    this.entries = new double[vectors.size() * vectorLength];
    for (int i = 0; i < vectors.size(); i++) {
      if (vectors.get(i).length != vectorLength) {
        throw new IllegalArgumentException("vector " + i + " has " + vectors.get(i).length
            + " entries, expected " + vectorLength);
      }
      System.arraycopy(vectors.get(i), 0, entries, i * vectorLength, vectorLength);
    }
  }

  /** Number of vectors. */
  public int size() {
    return actions.length;
  }

  /** Number of entries per vector (the number of states). */
  public int vectorLength() {
    return vectorLength;
  }

  /** Action index of vector {@code i}. */
  public int action(int i) {
    return actions[i];
  }

  /** {@code obsValue} of vector {@code i}. */
  public int obsValue(int i) {
    return obsValues[i];
  }

  /** A copy of vector {@code i}. */
  public double[] vector(int i) {
    double[] v = new double[vectorLength];
    System.arraycopy(entries, i * vectorLength, v, 0, vectorLength);
    return v;
  }

  /** α_i·b. */
  public double dot(int i, double[] belief) {
    double sum = 0;
    int offset = i * vectorLength;
    for (int s = 0; s < vectorLength; s++) {
      sum += entries[offset + s] * belief[s];
    }
    return sum;
  }

  /** Index of the vector maximising α·b; the first one on ties. */
  public int best(double[] belief) {
    int best = 0;
    double bestValue = dot(0, belief);
    for (int i = 1; i < actions.length; i++) {
      double v = dot(i, belief);
      if (v > bestValue) {
        best = i;
        bestValue = v;
      }
    }
    return best;
  }

  /** V(b) = max_α α·b. */
  public double value(double[] belief) {
    return dot(best(belief), belief);
  }
}
