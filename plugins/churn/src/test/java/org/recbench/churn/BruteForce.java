package org.recbench.churn;

import org.recbench.churn.model.ChurnInstance;

/**
 * Exhaustive search over every sequence of at most D categories, closed with the bounds of
 * Lemma 5.1: {@link #lower} is the best value of "prefix of length ≤ D, then its best fixed
 * action", {@link #upper} the largest UB over prefixes of length exactly D. Every policy starts
 * with one of those prefixes, so lower ≤ V*(q) ≤ upper. Costs A^D; no pruning, no memo.
 */
public final class BruteForce {

  private final ChurnInstance instance;
  private final int depth;
  private double lower = Double.NEGATIVE_INFINITY;
  private double upper = Double.NEGATIVE_INFINITY;

  private BruteForce(ChurnInstance instance, int depth) {
    this.instance = instance;
    this.depth = depth;
    visit(instance.priorWeights(), 0, 0);
  }

  /** Searches all sequences of length ≤ {@code depth}. */
  public static BruteForce search(ChurnInstance instance, int depth) {
    return new BruteForce(instance, depth);
  }

  /** Best value of a searched prefix followed by its best fixed action. */
  public double lower() {
    return lower;
  }

  /** Certified upper bound on V*(q). */
  public double upper() {
    return upper;
  }

  private void visit(double[] weights, double reward, int length) {
    lower = Math.max(lower, reward + instance.lowerBound(weights));
    if (length == depth) {
      upper = Math.max(upper, reward + instance.upperBound(weights));
      return;
    }
    for (int a = 0; a < instance.categories(); a++) {
      double[] next = new double[weights.length];
      instance.advance(weights, a, next);
      visit(next, reward + instance.likeMass(weights, a), length + 1);
    }
  }
}
