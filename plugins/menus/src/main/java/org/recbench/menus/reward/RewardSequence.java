package org.recbench.menus.reward;

/**
 * The reward vectors r_1, r_2, … ∈ [0, 1]^n of Section 2.1, fixed before play (oblivious). The
 * recommender only sees r_t(i_t) for the chosen item (bandit feedback); regret metrics read
 * whole vectors in hindsight. Rounds are numbered from 0; a sequence is a pure function of the
 * round, so hindsight access and replay agree.
 */
public interface RewardSequence {

  /** Number of items n. */
  int items();

  /** Writes the realised reward vector r_t into {@code out}; must not allocate. */
  void rewards(long round, double[] out);

  /**
   * Writes the mean reward vector of round t into {@code out}: the distribution r_t is drawn
   * from for stochastic sequences, r_t itself for deterministic ones. Pseudo-regret uses it.
   */
  void means(long round, double[] out);
}
