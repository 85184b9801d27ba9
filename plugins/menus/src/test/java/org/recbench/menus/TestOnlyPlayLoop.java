package org.recbench.menus;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.recbench.menus.agent.MenuAgent;
import org.recbench.menus.algorithm.MenuAlgorithm;
import org.recbench.menus.preference.Choice;
import org.recbench.menus.regret.ChoiceDistance;
import org.recbench.protocol.menu.RewardSequence;

/**
 * Test-only driver loop (phase 2 replaces it with the harness test kit): plays a menu algorithm
 * against a simulated agent for T rounds and records what the regret tests need. Each round the
 * pseudo-reward E[r_t(i_t) | M_t, v_t] = Σ_{i∈M} f_i(v_t) μ_t(i) / Σ_{j∈M} f_j(v_t) is computed
 * from the true scores and the mean rewards, so regret estimates are free of the choice noise.
 */
public final class TestOnlyPlayLoop {

  /**
   * What a run produced.
   *
   * @param expectedReward Σ_t E[r_t(i_t) | M_t, v_t]
   * @param realisedReward Σ_t r_t(i_t)
   * @param cumulativeMeans Σ_t μ_t (the hindsight vector for pseudo-regret)
   * @param meanTargetDistance mean TV distance between targeted and realised choice
   *     distribution over the rounds that had a target
   * @param targetedRounds rounds that had a target
   * @param memorySamples the agent's score vectors f(v_t) at evenly spaced rounds
   */
  public record Outcome(double expectedReward, double realisedReward, double[] cumulativeMeans,
      double meanTargetDistance, long targetedRounds, List<double[]> memorySamples) {
  }

  private TestOnlyPlayLoop() {
  }

  /** Plays {@code rounds} rounds; {@code samples} score vectors are recorded along the way. */
  public static Outcome play(MenuAlgorithm algorithm, MenuAgent agent, RewardSequence rewards,
      long rounds, int samples, RandomGenerator random) {
    int n = algorithm.items();
    int[] menu = new int[algorithm.menuSize()];
    double[] r = new double[n];
    double[] mu = new double[n];
    double[] cumulative = new double[n];
    double[] targeted = new double[n];
    double[] realised = new double[n];
    double expected = 0;
    double obtained = 0;
    double distance = 0;
    long targetedRounds = 0;
    List<double[]> recorded = new ArrayList<>();
    long every = Math.max(1, rounds / Math.max(1, samples));
    for (long t = 0; t < rounds; t++) {
      algorithm.propose(t, menu);
      double[] scores = agent.scores();
      if (t % every == 0) {
        recorded.add(scores.clone());
      }
      rewards.means(t, mu);
      rewards.rewards(t, r);
      for (int i = 0; i < n; i++) {
        cumulative[i] += mu[i];
      }
      expected += Choice.expectedReward(scores, menu, mu);
      if (algorithm.targetedChoice(targeted)) {
        algorithm.inducedChoice(scores, realised);
        targetedRounds++;
        distance += ChoiceDistance.totalVariation(targeted, realised);
      }
      int item = agent.choose(menu, random);
      obtained += r[item];
      algorithm.observe(item, r[item]);
    }
    return new Outcome(expected, obtained, cumulative,
        targetedRounds == 0 ? 0 : distance / targetedRounds, targetedRounds, recorded);
  }
}
