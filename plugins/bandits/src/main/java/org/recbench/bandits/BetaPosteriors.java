package org.recbench.bandits;

import java.util.random.RandomGenerator;

/**
 * Beta(α_k, β_k) posteriors of K arms with shapes α_k, β_k ≥ 1, and the Marsaglia–Tsang
 * constants of each shape kept with them: a pull changes one shape of one arm, and only that
 * shape's constants are recomputed, so a draw computes no square root. {@link #draw} gives
 * exactly the variates of {@link RandomVariates#beta} for the same shapes and generator state.
 */
final class BetaPosteriors {

  private final double[] alphas;
  private final double[] betas;
  private final double[] means;
  private final double[] alphaD;
  private final double[] alphaC;
  private final double[] betaD;
  private final double[] betaC;

  /** K posteriors, all Beta(1, 1). */
  BetaPosteriors(int arms) {
    alphas = new double[arms];
    betas = new double[arms];
    means = new double[arms];
    alphaD = new double[arms];
    alphaC = new double[arms];
    betaD = new double[arms];
    betaC = new double[arms];
    for (int k = 0; k < arms; k++) {
      set(k, 1, 1);
    }
  }

  /** Number of arms K. */
  int arms() {
    return alphas.length;
  }

  /** Sets arm {@code arm}'s posterior to Beta(alpha, beta); both must be at least 1. */
  void set(int arm, double alpha, double beta) {
    if (!(alpha >= 1 && beta >= 1)) {
      throw new IllegalArgumentException("Beta shapes must be >= 1, were " + alpha + ", " + beta);
    }
    if (alpha != alphas[arm]) {
      alphas[arm] = alpha;
      alphaD[arm] = RandomVariates.marsagliaTsangD(alpha);
      alphaC[arm] = RandomVariates.marsagliaTsangC(alphaD[arm]);
    }
    if (beta != betas[arm]) {
      betas[arm] = beta;
      betaD[arm] = RandomVariates.marsagliaTsangD(beta);
      betaC[arm] = RandomVariates.marsagliaTsangC(betaD[arm]);
    }
    means[arm] = alpha / (alpha + beta);
  }

  /** α of arm {@code arm}. */
  double alpha(int arm) {
    return alphas[arm];
  }

  /** β of arm {@code arm}. */
  double beta(int arm) {
    return betas[arm];
  }

  /** The posterior mean α / (α + β) of arm {@code arm}. */
  double mean(int arm) {
    return means[arm];
  }

  /** A draw from arm {@code arm}'s posterior, X / (X + Y) with X ~ Gamma(α), Y ~ Gamma(β). */
  double draw(RandomGenerator rng, int arm) {
    double x = RandomVariates.marsagliaTsang(rng, alphaD[arm], alphaC[arm]);
    return x / (x + RandomVariates.marsagliaTsang(rng, betaD[arm], betaC[arm]));
  }
}
