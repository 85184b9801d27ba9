package org.recbench.menus.policy;

import org.recbench.menus.agent.BestMenu;
import org.recbench.menus.algorithm.MenuAlgorithm;
import org.recbench.menus.algorithm.MenuProblem;
import org.recbench.menus.memory.DiscountedMemory;
import org.recbench.protocol.menu.PreferenceModel;
import org.recbench.protocol.menu.RewardSequence;

/**
 * Oracle baseline: it knows the preference model and the reward sequence, tracks the agent's
 * memory from the choices it sees (γ and v_1 known), and shows each round the menu with the
 * highest expected reward in the current state, max_M Σ_{i∈M} f_i(v_t) μ_t(i) / Σ_{j∈M} f_j(v_t)
 * ({@link BestMenu}). It is myopic: it does not steer the memory towards states where better
 * menus exist (planning over memory states is NP-hard in general, Theorem 4), so fixed targets
 * in hindsight can beat it, but its regret against the per-step best menu is zero.
 */
public final class MyopicOracle implements MenuAlgorithm {

  private final int n;
  private final int k;
  private final PreferenceModel preferences;
  private final RewardSequence rewards;
  private final DiscountedMemory memory;
  private final BestMenu best;
  private final double[] scores;
  private final double[] means;

  /** The oracle for {@code problem} with the true model and rewards. */
  public MyopicOracle(MenuProblem problem, PreferenceModel preferences, RewardSequence rewards) {
    this.n = problem.items();
    this.k = problem.menuSize();
    this.preferences = preferences;
    this.rewards = rewards;
    this.memory = new DiscountedMemory(problem.gamma(), problem.initialMemory(),
        problem.initialWeight());
    this.best = new BestMenu(n, k);
    this.scores = new double[n];
    this.means = new double[n];
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
    preferences.scores(memory.vector(), scores);
    rewards.means(round, means);
    best.find(scores, means, menu);
  }

  @Override
  public void observe(int item, double reward) {
    memory.select(item);
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
