package org.recbench.population.learner;

import java.util.random.RandomGenerator;

/**
 * Turns product scores into a recommendation: the softmax of Eq. 5, P(A = k) ∝ exp(a · score_k),
 * with inverse temperature a ∈ [0, ∞), and its limit a → ∞, the greedy choice.
 *
 * <p>Greedy ties: products whose scores are exactly equal to the maximum (as doubles) are chosen
 * uniformly at random with {@code rng}. This is the a → ∞ limit of the softmax, and it matters at
 * the start, when θ̂ = 0 gives every product the score 0. Scores that would tie in exact
 * arithmetic but differ by rounding are not treated as ties.
 */
public final class ProductChoice {

  private ProductChoice() {}

  /**
   * Checks an inverse temperature: a finite a ≥ 0 (softmax) or {@code +∞} (greedy).
   *
   * @throws IllegalArgumentException otherwise
   */
  public static double checkInverseTemperature(double a) {
    if (!(a >= 0)) {
      throw new IllegalArgumentException("inverse temperature a: " + a
          + "; expected a number ≥ 0 or +∞ (greedy)");
    }
    return a;
  }

  /**
   * Draws a product from the softmax of {@code scores[0 .. count)} at inverse temperature a, or
   * greedily when a = +∞. Overwrites {@code scores} with the unnormalised softmax weights
   * (softmax only); no allocation.
   */
  public static int sample(double[] scores, int count, double a, RandomGenerator rng) {
    if (a == Double.POSITIVE_INFINITY) {
      return greedy(scores, count, rng);
    }
    double max = max(scores, count);
    double sum = 0;
    for (int k = 0; k < count; k++) {
      scores[k] = Math.exp(a * (scores[k] - max));
      sum += scores[k];
    }
    double u = rng.nextDouble() * sum;
    int lastPositive = 0;
    for (int k = 0; k < count; k++) {
      if (scores[k] > 0) {
        lastPositive = k;
        u -= scores[k];
        if (u < 0) {
          return k;
        }
      }
    }
    return lastPositive;
  }

  /** A product with the largest score, uniformly among exact ties. */
  public static int greedy(double[] scores, int count, RandomGenerator rng) {
    double best = Double.NEGATIVE_INFINITY;
    int choice = 0;
    int ties = 0;
    for (int k = 0; k < count; k++) {
      double s = scores[k];
      if (s > best) {
        best = s;
        choice = k;
        ties = 1;
      } else if (s == best) {
        ties++;
        if (rng.nextInt(ties) == 0) {
          choice = k;
        }
      }
    }
    return choice;
  }

  /**
   * Writes the choice probabilities of {@link #sample} into {@code dest[0 .. count)}: the softmax
   * of the scores, or for a = +∞ the uniform distribution over the exact maximisers.
   * {@code scores} and {@code dest} may be the same array.
   */
  public static void probabilities(double[] scores, int count, double a, double[] dest) {
    double max = max(scores, count);
    if (a == Double.POSITIVE_INFINITY) {
      int ties = 0;
      for (int k = 0; k < count; k++) {
        if (scores[k] == max) {
          ties++;
        }
      }
      for (int k = 0; k < count; k++) {
        dest[k] = scores[k] == max ? 1.0 / ties : 0;
      }
      return;
    }
    double sum = 0;
    for (int k = 0; k < count; k++) {
      dest[k] = Math.exp(a * (scores[k] - max));
      sum += dest[k];
    }
    for (int k = 0; k < count; k++) {
      dest[k] /= sum;
    }
  }

  private static double max(double[] scores, int count) {
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < count; k++) {
      max = Math.max(max, scores[k]);
    }
    return max;
  }
}
