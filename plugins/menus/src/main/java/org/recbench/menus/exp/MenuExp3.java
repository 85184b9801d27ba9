package org.recbench.menus.exp;

import java.util.random.RandomGenerator;
import org.recbench.menus.agent.Combinations;
import org.recbench.menus.algorithm.MenuAlgorithm;
import org.recbench.menus.algorithm.MenuProblem;

/**
 * Baseline: EXP3 with one arm per menu (C(n, k) arms), rewarded with the chosen item's reward.
 * It is blind to adaptation: it treats the menu's reward as a stationary-in-expectation arm
 * although the agent's memory, hence every menu's choice distribution, moves with past choices
 * (the "menu space" benchmark the paper argues against in Section 2.2).
 */
public final class MenuExp3 implements MenuAlgorithm {

  /** Most arms the baseline accepts (C(n, k)); beyond this the sum tree gets too large. */
  public static final long MAX_ARMS = 1L << 24;

  private final int n;
  private final int k;
  private final Combinations combinations;
  private final Exp3 exp3;
  private int arm;

  /**
   * EXP3 with exploration {@code gamma}.
   *
   * @throws IllegalArgumentException if C(n, k) exceeds {@link #MAX_ARMS}
   */
  public MenuExp3(MenuProblem problem, double gamma, RandomGenerator random) {
    this.n = problem.items();
    this.k = problem.menuSize();
    if (n > 62) {
      throw new IllegalArgumentException("one arm per menu needs n <= 62 items, got " + n);
    }
    this.combinations = new Combinations(n, k);
    long arms = combinations.count();
    if (arms > MAX_ARMS) {
      throw new IllegalArgumentException("one arm per menu needs C(n, k) <= " + MAX_ARMS
          + " arms, C(" + n + ", " + k + ") = " + arms);
    }
    this.exp3 = new Exp3((int) arms, gamma, random);
  }

  /** EXP3 with Auer et al.'s γ for T pulls ({@link Exp3#tunedGamma}). */
  public MenuExp3(MenuProblem problem, RandomGenerator random) {
    this(problem, Exp3.tunedGamma(new Combinations(problem.items(), problem.menuSize()).count(),
        problem.horizon()), random);
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
    arm = exp3.draw();
    combinations.unrank(arm, menu);
  }

  @Override
  public void observe(int item, double reward) {
    exp3.update(arm, reward);
  }

  @Override
  public boolean targetedChoice(double[] out) {
    return false;
  }

  @Override
  public boolean inducedChoice(double[] scores, double[] out) {
    return false;
  }

  /** Number of arms C(n, k). */
  public int arms() {
    return exp3.arms();
  }
}
