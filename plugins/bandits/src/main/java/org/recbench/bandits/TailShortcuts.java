package org.recbench.bandits;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Thompson sampling's shortcut for arms that are clearly behind: a threshold q_k for each such
 * arm k, with the exact probability p_k = P(θ_k &gt; q_k) of its posterior Beta(α_k, β_k)
 * ({@link BetaTails#upperTail}) and what {@link BetaTails#sampleAbove} needs.
 *
 * <p>Why it is exact: Beta(α, β) is the mixture
 * (1 − p) Beta(α, β | θ ≤ q) + p Beta(α, β | θ &gt; q). Once a decision has drawn the leading
 * arm's θ_L ≥ q_k, arm k's draw can therefore start with a coin of probability p_k, independent
 * of θ_L: tails means θ_k ≤ q_k ≤ θ_L, so arm k is not the argmax whatever its exact value
 * (θ_k = θ_L has probability 0); heads means θ_k is drawn from the tail above q_k and compared
 * as usual. Whether the coin is used depends on θ_L, never on θ_k. The chosen arm thus has
 * exactly the law of the argmax of K independent full draws, and an arm that takes the shortcut
 * costs a fraction of one uniform variate (the coins share one, {@link ThompsonSampling}).
 *
 * <p>A threshold is computed when it is first needed and kept until the arm's counts or the
 * leading arm change. The constants below only decide which arms take the shortcut, never the
 * law of a decision: q_k = μ_L − zσ_L (mean and standard deviation of the leader's posterior,
 * z = {@value #LEADER_BAND} by default), tried only when μ_k + σ_k &lt; q_k, and kept only when
 * q_k lies above arm k's mode and p_k ≤ {@value #MAX_TAIL}.
 */
final class TailShortcuts {

  /** The default z of q_k = μ_L − z σ_L. */
  static final double LEADER_BAND = 3;
  private static final double CANDIDATE_BAND = 1;
  private static final double MAX_TAIL = 0.25;

  private static final byte UNKNOWN = 0;
  private static final byte NONE = 1;
  private static final byte READY = 2;

  private final double leaderBand;
  private final byte[] states;
  private final double[] thresholds;
  private final double[] tails;
  private final double[] slopes;
  private final double[] logThresholds;
  private final double[] logComplements;

  /** No shortcut yet for any of {@code arms} arms; thresholds q_k = μ_L − leaderBand σ_L. */
  TailShortcuts(int arms, double leaderBand) {
    this.leaderBand = leaderBand;
    states = new byte[arms];
    thresholds = new double[arms];
    tails = new double[arms];
    slopes = new double[arms];
    logThresholds = new double[arms];
    logComplements = new double[arms];
  }

  /** Forgets arm {@code arm}'s shortcut, after its counts changed. */
  void forget(int arm) {
    states[arm] = UNKNOWN;
  }

  /** Forgets every shortcut, after the leading arm changed. */
  void forgetAll() {
    Arrays.fill(states, UNKNOWN);
  }

  /**
   * Whether arm {@code arm}, with posterior Beta(alpha, beta), has a shortcut relative to the
   * leader's posterior Beta(leaderAlpha, leaderBeta); computes it on the first call after
   * {@link #forget}.
   */
  boolean ready(int arm, double alpha, double beta, double leaderAlpha, double leaderBeta) {
    if (states[arm] == UNKNOWN) {
      states[arm] = prepare(arm, alpha, beta, leaderAlpha, leaderBeta) ? READY : NONE;
    }
    return states[arm] == READY;
  }

  private boolean prepare(int arm, double alpha, double beta, double leaderAlpha,
      double leaderBeta) {
    double q = mean(leaderAlpha, leaderBeta)
        - leaderBand * standardDeviation(leaderAlpha, leaderBeta);
    if (!(q > 0 && q < 1)
        || mean(alpha, beta) + CANDIDATE_BAND * standardDeviation(alpha, beta) >= q) {
      return false;
    }
    double slope = BetaTails.logDensitySlope(alpha, beta, q);
    if (!(slope < 0)) {
      return false;
    }
    double tail = BetaTails.upperTail(alpha, beta, q);
    if (!(tail <= MAX_TAIL)) {
      return false;
    }
    thresholds[arm] = q;
    tails[arm] = tail;
    slopes[arm] = slope;
    logThresholds[arm] = Math.log(q);
    logComplements[arm] = Math.log(1 - q);
    return true;
  }

  /** Whether arm {@code arm} has a shortcut now, without computing one. */
  boolean isReady(int arm) {
    return states[arm] == READY;
  }

  /** q_k of a {@link #ready} arm. */
  double threshold(int arm) {
    return thresholds[arm];
  }

  /** p_k = P(θ_k &gt; q_k) of a {@link #ready} arm. */
  double tail(int arm) {
    return tails[arm];
  }

  /** A draw of θ_k given θ_k &gt; q_k for a {@link #ready} arm with posterior Beta(alpha, beta). */
  double drawAbove(RandomGenerator rng, int arm, double alpha, double beta) {
    return BetaTails.sampleAbove(rng, alpha, beta, thresholds[arm], logThresholds[arm],
        logComplements[arm], slopes[arm]);
  }

  private static double mean(double alpha, double beta) {
    return alpha / (alpha + beta);
  }

  private static double standardDeviation(double alpha, double beta) {
    double n = alpha + beta;
    return Math.sqrt(alpha * beta / (n * n * (n + 1)));
  }
}
