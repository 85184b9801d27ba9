package org.recbench.protocol.menu;

/**
 * The reward vectors r_0, r_1, … ∈ [0, 1]^n of one game (Section 2.1), fixed before play
 * (oblivious). The recommender sees only r_t(i_t) of the chosen item; oracles and regret metrics
 * read whole vectors in hindsight. Rounds count from 0 within a game; a sequence is a pure
 * function of the round, so hindsight and replay agree. Implementations are immutable.
 */
public interface RewardSequence {

  /** Number of items n. */
  int items();

  /** Writes the realised reward vector r_t into {@code out}; allocates nothing. */
  void rewards(long round, double[] out);

  /**
   * Writes the expected reward vector of round t into {@code out}: the means r_t is drawn from
   * for stochastic sequences, r_t itself for deterministic ones. Pseudo-regret uses it.
   */
  void means(long round, double[] out);
}
