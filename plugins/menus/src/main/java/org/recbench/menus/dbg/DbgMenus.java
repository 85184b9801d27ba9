package org.recbench.menus.dbg;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.recbench.menus.algorithm.MenuAlgorithm;
import org.recbench.menus.algorithm.MenuProblem;
import org.recbench.menus.menudist.MenuDist;
import org.recbench.menus.simplex.CappedSimplexProjection;

/**
 * Deferred Bandit Gradient run directly on menus, without learning preferences: the decision set
 * is IRD under equal scores, the capped simplex {x : x_i ≤ 1/k}, and each x_t is turned into a
 * menu distribution by MenuDist at unit scores (inclusion probabilities k·x_i). The agent's
 * unknown, memory-dependent scores act as the unobserved perturbation of Theorem 1. This is
 * Algorithm 2 without its re-estimation rounds, an ablation that isolates their value.
 */
public final class DbgMenus implements MenuAlgorithm {

  private final int n;
  private final int k;
  private final RandomGenerator random;
  private final DeferredBanditGradient learner;
  private final MenuDist menuDist;
  private final double[] unitScores;
  private final double[] target;

  /** DBG with {@code settings} on {@code problem}. */
  public DbgMenus(MenuProblem problem, DeferredBanditGradient.Settings settings,
      RandomGenerator random) {
    this.n = problem.items();
    this.k = problem.menuSize();
    this.random = random;
    this.learner = new DeferredBanditGradient(n, settings,
        new CappedSimplexProjection(n, 1.0 / k));
    this.menuDist = new MenuDist(n, k);
    this.unitScores = new double[n];
    Arrays.fill(unitScores, 1.0);
    this.target = new double[n];
  }

  /** DBG with {@link DeferredBanditGradient.Settings#defaults}. */
  public DbgMenus(MenuProblem problem, RandomGenerator random) {
    this(problem, DeferredBanditGradient.Settings.defaults(problem.items(), problem.horizon()),
        random);
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
    System.arraycopy(learner.target(), 0, target, 0, n);
    menuDist.build(target, unitScores);
    menuDist.sample(random, menu);
  }

  @Override
  public void observe(int item, double reward) {
    learner.update(item, reward, target[item]);
  }

  @Override
  public boolean targetedChoice(double[] out) {
    System.arraycopy(target, 0, out, 0, n);
    return true;
  }

  @Override
  public boolean inducedChoice(double[] scores, double[] out) {
    menuDist.choiceDistribution(scores, out);
    return true;
  }
}
