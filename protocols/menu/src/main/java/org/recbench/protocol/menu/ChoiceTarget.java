package org.recbench.protocol.menu;

/**
 * A policy's account of what its last menu aimed at, provided under
 * {@link MenuProtocol#CHOICE_TARGET}: algorithms that realise a target choice distribution x_t
 * through a menu distribution built from estimated scores (MenuDist, Lemma 1) can say what x_t
 * was and what the menu distribution induces for the agent's true scores. Their distance is the
 * perturbation Theorem 1 tolerates. Read after the policy's {@code act} for the round, before its
 * next one.
 */
public interface ChoiceTarget {

  /**
   * Writes the choice distribution the last menu was drawn to induce into {@code out} (length n)
   * and returns true, or returns false when the last round had no target (burn-in, learning, or
   * an algorithm that does not target choices).
   */
  boolean targeted(double[] out);

  /**
   * When the last round had a target, writes the choice distribution the menu distribution it
   * was drawn from induces for an agent with scores {@code scores},
   * Σ_M P(M) f_i / Σ_{j∈M} f_j, into {@code out} and returns true; returns false otherwise.
   */
  boolean induced(double[] scores, double[] out);
}
