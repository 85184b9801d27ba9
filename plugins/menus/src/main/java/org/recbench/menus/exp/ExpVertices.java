package org.recbench.menus.exp;

import java.util.random.RandomGenerator;
import org.recbench.menus.agent.Menus;
import org.recbench.menus.algorithm.MenuAlgorithm;
import org.recbench.menus.algorithm.MenuProblem;
import org.recbench.menus.memory.DiscountedMemory;

/**
 * The EXP-style algorithm for short memory (Section 6.1, Theorem 5; Appendix E.1): the n
 * vertices (1 − δ) e_i + δ u of the smoothed simplex are the arms of EXP3, and a pull commits for
 * a window of W rounds. While committed to item i every menu holds i and the k − 1 other items
 * with the least memory weight; under scale-bounded preferences the selection frequency of i then
 * gravitates to its vertex of Δ_δ. The arm's reward is the window's mean reward, in [0, 1].
 * Memory is tracked exactly (γ and v_1 known). Preference scores are never learnt, so
 * smoothness is not needed. Windows should not straddle reward changes (Theorem 5 assumes the
 * reward distribution changes at most once every window).
 */
public final class ExpVertices implements MenuAlgorithm {

  private final int n;
  private final int k;
  private final int window;
  private final Exp3 exp3;
  private final DiscountedMemory memory;
  private int committed;
  private int elapsed;
  private double windowReward;

  /**
   * @param window commit window W in rounds
   * @param gamma EXP3 exploration
   * @throws IllegalArgumentException unless W ≥ 1
   */
  public ExpVertices(MenuProblem problem, int window, double gamma, RandomGenerator random) {
    if (window < 1) {
      throw new IllegalArgumentException("commit window must be >= 1 round, got " + window);
    }
    this.n = problem.items();
    this.k = problem.menuSize();
    this.window = window;
    this.exp3 = new Exp3(n, gamma, random);
    this.memory = new DiscountedMemory(problem.gamma(), problem.initialMemory(),
        problem.initialWeight());
    this.committed = -1;
  }

  /**
   * Defaults: W = ⌈4/(1 − γ)⌉ rounds (four effective memory horizons, so memory settles within a
   * window; γ = 1 falls back to ⌈√T⌉) and EXP3's tuned γ for ⌈T/W⌉ pulls.
   */
  public static ExpVertices withDefaults(MenuProblem problem, RandomGenerator random) {
    int w = defaultWindow(problem);
    long pulls = (problem.horizon() + w - 1) / w;
    return new ExpVertices(problem, w, Exp3.tunedGamma(problem.items(), pulls), random);
  }

  /** The default commit window W of {@link #withDefaults}. */
  public static int defaultWindow(MenuProblem problem) {
    double h = problem.effectiveHorizon();
    double w = Double.isInfinite(h) ? Math.sqrt(problem.horizon()) : 4 * h;
    return (int) Math.max(1, Math.min(problem.horizon(), Math.ceil(w)));
  }

  @Override
  public int items() {
    return n;
  }

  @Override
  public int menuSize() {
    return k;
  }

  @Override
  public void propose(long round, int[] menu) {
    if (committed < 0) {
      committed = exp3.draw();
      elapsed = 0;
      windowReward = 0;
    }
    menu[0] = committed;
    Menus.smallest(memory.vector(), committed, k - 1, menu, 1);
  }

  @Override
  public void observe(int item, double reward) {
    memory.select(item);
    windowReward += reward;
    elapsed++;
    if (elapsed == window) {
      exp3.update(committed, windowReward / window);
      committed = -1;
    }
  }

  @Override
  public boolean targetedChoice(double[] out) {
    return false;
  }

  @Override
  public boolean inducedChoice(double[] scores, double[] out) {
    return false;
  }

  /** The item currently committed to, or −1 between windows. */
  public int committedItem() {
    return committed;
  }

  /** The commit window W. */
  public int window() {
    return window;
  }
}
