package org.recbench.churn.model;

import org.recbench.protocol.session.ChurnModel;

/**
 * The tables of a churn model that planners evaluate millions of times, laid out per category so
 * that every quantity of paper 002 is one dot product over user types.
 *
 * <p>Planners work with <em>weights</em> instead of normalised beliefs: after a prefix
 * σ = (a_1 … a_k) of liked recommendations, w_σ(u) = q(u) Π_i γP(u, a_i) is the probability that
 * the user is of type u and liked the whole prefix (the numerator of the Bayesian update, Eq. 1).
 * The belief is w_σ / Σ w_σ, and every value below is linear in w, so the value of a policy that
 * starts with σ is R(σ) + V(w_σ) (Eq. 3) without any normalisation.
 *
 * <p>γ is 1 for the paper's objective (expected number of likes). With γ &lt; 1 the value is
 * Σ_t γ^(t−1) Σ_u q(u) Π_{i≤t} P(u, a_i), the discounted objective that SARSOP optimises: rewards
 * stay P while the survival factor becomes γP.
 */
public final class ChurnInstance {

  private final ChurnModel model;
  private final int types;
  private final int categories;
  private final double discount;
  private final double[] prior;
  private final double[][] like;
  private final double[][] survival;
  private final double[][] fixedValue;
  private final double[][] extensionBound;
  private final double[] fullInformation;
  /** Per type u, the 3A entries fixedValue[a][u], like[a][u], extensionBound[a][u], a = 0..A−1. */
  private final double[] interleaved;
  private final double maxSurvival;
  private final double maxFixedValue;

  private ChurnInstance(ChurnModel model, double discount) {
    if (!(discount > 0 && discount <= 1)) {
      throw new IllegalArgumentException("discount must be in (0, 1], was " + discount);
    }
    this.model = model;
    this.types = model.types();
    this.categories = model.categories();
    this.discount = discount;
    this.prior = model.priorVector();
    this.like = new double[categories][types];
    this.survival = new double[categories][types];
    this.fixedValue = new double[categories][types];
    this.fullInformation = new double[types];
    this.extensionBound = new double[categories][types];
    double maxSurv = 0;
    double maxFixed = 0;
    for (int a = 0; a < categories; a++) {
      for (int u = 0; u < types; u++) {
        double p = model.like(u, a);
        like[a][u] = p;
        survival[a][u] = discount * p;
        fixedValue[a][u] = p / (1 - discount * p);
        fullInformation[u] = Math.max(fullInformation[u], fixedValue[a][u]);
        maxSurv = Math.max(maxSurv, survival[a][u]);
        maxFixed = Math.max(maxFixed, fixedValue[a][u]);
      }
    }
    for (int a = 0; a < categories; a++) {
      for (int u = 0; u < types; u++) {
        extensionBound[a][u] = like[a][u] + survival[a][u] * fullInformation[u];
      }
    }
    this.maxSurvival = maxSurv;
    this.maxFixedValue = maxFixed;
    this.interleaved = new double[3 * categories * types];
    for (int u = 0; u < types; u++) {
      for (int a = 0; a < categories; a++) {
        int at = 3 * (u * categories + a);
        interleaved[at] = fixedValue[a][u];
        interleaved[at + 1] = like[a][u];
        interleaved[at + 2] = extensionBound[a][u];
      }
    }
  }

  /** The undiscounted instance of the paper (γ = 1). */
  public static ChurnInstance of(ChurnModel model) {
    return new ChurnInstance(model, 1.0);
  }

  /** The instance with rewards discounted by γ per step (γ = 1 is {@link #of}). */
  public static ChurnInstance discounted(ChurnModel model, double discount) {
    return new ChurnInstance(model, discount);
  }

  /** This instance with another prior (same P and γ): planning from any belief. */
  public ChurnInstance withPrior(double[] belief) {
    return new ChurnInstance(new ChurnModel(belief, model.likeMatrix()), discount);
  }

  /** The model. */
  public ChurnModel model() {
    return model;
  }

  /** U. */
  public int types() {
    return types;
  }

  /** A. */
  public int categories() {
    return categories;
  }

  /** γ (1 for the paper's objective). */
  public double discount() {
    return discount;
  }

  /** A fresh copy of q, the weights of the empty prefix. */
  public double[] priorWeights() {
    return prior.clone();
  }

  /** max_{u,a} γP(u, a): the per-step contraction of every value (Lemma 3.1's p_max). */
  public double maxSurvival() {
    return maxSurvival;
  }

  /** max_u p*_u / (1 − γp*_u): the largest value any type can get, the range of every α-vector. */
  public double maxFixedValue() {
    return maxFixedValue;
  }

  /** Σ_u w(u) P(u, a): the probability of a like now, times the weights' mass (r(b, a)). */
  public double likeMass(double[] w, int category) {
    return dot(w, like[category]);
  }

  /** out(u) = w(u) γP(u, a): the weights after a like of a (Eq. 1 before normalising). */
  public void advance(double[] w, int category, double[] out) {
    double[] s = survival[category];
    for (int u = 0; u < types; u++) {
      out[u] = w[u] * s[u];
    }
  }

  /**
   * The Bellman backup of an α-vector through category a (Obs. 2.1 per type):
   * out(u) = P(u, a) + γP(u, a) α(u), the per-type value of recommending a and then following the
   * policy whose per-type values are α.
   */
  public void backUp(double[] alpha, int category, double[] out) {
    double[] r = like[category];
    double[] s = survival[category];
    for (int u = 0; u < types; u++) {
      out[u] = r[u] + s[u] * alpha[u];
    }
  }

  /** Σ_u w(u) P(u,a)/(1 − γP(u,a)): the value of recommending a forever from w. */
  public double fixedActionValue(double[] w, int category) {
    return dot(w, fixedValue[category]);
  }

  /** The category maximising {@link #fixedActionValue} (the lowest index on ties). */
  public int bestFixedAction(double[] w) {
    int best = 0;
    double bestValue = fixedActionValue(w, 0);
    for (int a = 1; a < categories; a++) {
      double v = fixedActionValue(w, a);
      if (v > bestValue) {
        best = a;
        bestValue = v;
      }
    }
    return best;
  }

  /** LB(w) = max_a Σ_u w(u) P(u,a)/(1 − γP(u,a)): the best fixed action's value (Lemma 5.1). */
  public double lowerBound(double[] w) {
    return fixedActionValue(w, bestFixedAction(w));
  }

  /** UB(w) = Σ_u w(u) p*_u/(1 − γp*_u): the value if the type were revealed (Lemma 5.1). */
  public double upperBound(double[] w) {
    return dot(w, fullInformation);
  }

  /**
   * Σ_u w(u) (P(u,a) + γP(u,a) p*_u/(1 − γp*_u)) = {@link #likeMass}(w, a) + UB(w after a like of
   * a): what a prefix's upper bound grows by when a is appended (Eq. 3 with UB in place of V).
   */
  public double extensionUpperBound(double[] w, int category) {
    return dot(w, extensionBound[category]);
  }

  /**
   * The exact value at the prior of recommending {@code prefix} and then {@code tail} forever
   * (Lemma 2.3 for the prefix, the fixed-action closed form for the tail).
   */
  public double sequenceValue(int[] prefix, int tail) {
    double[] w = priorWeights();
    double[] next = new double[types];
    double value = 0;
    for (int a : prefix) {
      value += likeMass(w, a);
      advance(w, a, next);
      double[] swap = w;
      w = next;
      next = swap;
    }
    return value + fixedActionValue(w, tail);
  }

  /**
   * Everything branch and bound needs at a prefix, in one pass over the types: for every
   * category a, {@code fixed[a]} = {@link #fixedActionValue}, {@code likes[a]} =
   * {@link #likeMass} and {@code extension[a]} = {@link #extensionUpperBound} at w. Each sum runs
   * over the types in order, exactly as the single-quantity methods, so the results are the same
   * to the bit; the 3A independent sums only run side by side.
   */
  public void evaluate(double[] w, double[] fixed, double[] likes, double[] extension) {
    for (int a = 0; a < categories; a++) {
      fixed[a] = 0;
      likes[a] = 0;
      extension[a] = 0;
    }
    int at = 0;
    for (int u = 0; u < types; u++) {
      double wu = w[u];
      for (int a = 0; a < categories; a++) {
        fixed[a] += wu * interleaved[at];
        likes[a] += wu * interleaved[at + 1];
        extension[a] += wu * interleaved[at + 2];
        at += 3;
      }
    }
  }

  /** Copies the per-type values of recommending a forever (a fixed action's α-vector). */
  public double[] fixedActionValues(int category) {
    return fixedValue[category].clone();
  }

  private double dot(double[] w, double[] column) {
    double sum = 0;
    for (int u = 0; u < types; u++) {
      sum += w[u] * column[u];
    }
    return sum;
  }
}
