package org.recbench.menus.policy;

import java.util.random.RandomGenerator;
import org.recbench.menus.agent.Menus;
import org.recbench.menus.algorithm.MenuAlgorithm;

/**
 * Baseline: a uniformly random k-subset every round (a partial Fisher–Yates shuffle), blind to
 * rewards and memory. Its choice distribution drifts with the agent's preferences, which is why
 * the paper's algorithms target choices rather than menus.
 */
public final class RandomMenus implements MenuAlgorithm {

  private final int n;
  private final int k;
  private final int[] permutation;
  private final RandomGenerator random;

  /** Random menus of size k over n items. */
  public RandomMenus(int items, int menuSize, RandomGenerator random) {
    this.n = items;
    this.k = menuSize;
    this.permutation = Menus.identity(items);
    this.random = random;
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
    Menus.randomSubset(permutation, random, menu);
  }

  @Override
  public void observe(int item, double reward) {
    // Uniform menus ignore feedback.
  }

  @Override
  public boolean targetedChoice(double[] out) {
    return false;
  }

  @Override
  public boolean inducedChoice(double[] scores, double[] out) {
    return false;
  }
}
