package org.recbench.menus.algorithm;

/**
 * A recommender for the menu protocol of Section 2.1, as a state machine: each round it proposes
 * a menu of exactly k distinct items, then observes the item the agent chose and its reward
 * (bandit feedback). Calls alternate: {@code propose(t)}, {@code observe(…)}, {@code propose(t+1)},
 * … Implementations draw all randomness from the generator they were built with and do not
 * allocate per round.
 */
public interface MenuAlgorithm {

  /** Number of items n. */
  int items();

  /** Menu size k. */
  int menuSize();

  /** Writes the menu for {@code round} (0-based) into {@code menu} (length k). */
  void propose(long round, int[] menu);

  /** The agent chose {@code item} from the last proposed menu and it earned {@code reward}. */
  void observe(int item, double reward);

  /**
   * Writes the choice distribution the last menu was drawn to induce (the target handed to
   * MenuDist, under the algorithm's score estimates) into {@code out} and returns true, or returns
   * false if the round had no such target (burn-in, learning, or an algorithm blind to choices).
   */
  boolean targetedChoice(double[] out);

  /**
   * If the last round had a target ({@link #targetedChoice}), writes the choice distribution that
   * the menu distribution the menu was drawn from induces for an agent with true scores
   * {@code scores} (Σ_M P(M) f_i / Σ_{j∈M} f_j) and returns true; returns false otherwise. Its
   * distance to the target is the perturbation of Theorem 1.
   */
  boolean inducedChoice(double[] scores, double[] out);
}
