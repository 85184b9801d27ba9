package org.recbench.lib.mnl;

/**
 * The UCB-MNL confidence radius α_t = c·√(2p·log(1 + t/p) + 2·log t) of Oh and Iyengar (2021,
 * Thm. 1), where the theory sets c = 1/(2κ) with κ the lower bound of Assumption 3 on the
 * choice-probability derivatives; in practice c is a tuning constant (paper 003, Appendix S.3.1,
 * uses the same value for every method).
 */
public final class UcbRadius {

  private UcbRadius() {
  }

  /** α_t for dimension p ≥ 1, round t ≥ 1 and scale c ≥ 0. */
  public static double alpha(double scale, int dimension, long round) {
    if (round < 1 || dimension < 1 || !(scale >= 0.0)) {
      throw new IllegalArgumentException("UCB radius needs round ≥ 1, dimension ≥ 1 and scale"
          + " ≥ 0, got " + round + ", " + dimension + ", " + scale);
    }
    double p = dimension;
    return scale * Math.sqrt(2.0 * p * Math.log1p(round / p) + 2.0 * Math.log(round));
  }
}
