package org.recbench.menus.menudist;

import java.util.random.RandomGenerator;

/**
 * The targeting step that Algorithms 2 and 3 share: a goal choice distribution is pulled into
 * the realisable region for the current score estimate ({@link MenuTimes#pullInto}), MenuDist
 * builds the menu distribution that induces it (Lemma 1) and the round's menu is sampled from
 * it. It remembers whether the last round was targeted, which is what the algorithms report as
 * {@code ChoiceTarget}s.
 */
public final class TargetRealiser {

  private final int n;
  private final int k;
  private final MenuDist menuDist;
  private final double[] target;
  private boolean targeted;

  /** A realiser for menus of {@code k} of {@code n} items. */
  public TargetRealiser(int n, int k) {
    this.n = n;
    this.k = k;
    this.menuDist = new MenuDist(n, k);
    this.target = new double[n];
  }

  /**
   * Targets {@code goal} for {@code scores}: sets {@link #target()} to its realisable pull, builds
   * the menu distribution and writes the sampled menu into {@code menu}.
   */
  public void realise(double[] goal, double[] scores, RandomGenerator random, int[] menu) {
    MenuTimes.pullInto(goal, scores, k, target);
    menuDist.build(target, scores);
    menuDist.sample(random, menu);
    targeted = true;
  }

  /** Marks the current round as not targeted (a burn-in, spreading or learning round). */
  public void untargeted() {
    targeted = false;
  }

  /** The target x_t of the last targeted round (a live view). */
  public double[] target() {
    return target;
  }

  /** Copies the last round's target into {@code out}; false when that round was not targeted. */
  public boolean targetedChoice(double[] out) {
    if (!targeted) {
      return false;
    }
    System.arraycopy(target, 0, out, 0, n);
    return true;
  }

  /**
   * Writes the choice distribution the last round's menu distribution induces for an agent with
   * {@code scores} into {@code out}; false when that round was not targeted.
   */
  public boolean inducedChoice(double[] scores, double[] out) {
    if (!targeted) {
      return false;
    }
    menuDist.choiceDistribution(scores, out);
    return true;
  }
}
