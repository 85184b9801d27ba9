package org.recbench.menus.metrics;

import java.util.Arrays;
import org.recbench.api.Step;
import org.recbench.protocol.menu.RewardSequence;

/**
 * What a best-in-hindsight regret needs, in memory independent of the horizon: per game, the
 * cumulative expected reward vector R = Σ_t μ_t (n numbers; the comparator max_{x∈K} ⟨x, R⟩ is a
 * function of R alone because the target set K is fixed) and the expected reward the policy
 * earned, Σ_t E[r_t(i_t) | M_t, v_t] (from the environment's per-step expected rewards). Games
 * (episodes) are compared separately and their regrets summed.
 */
final class HindsightTotals {

  /** A comparator: max_{x∈K} ⟨x, R⟩ for the cumulative reward vector R. */
  @FunctionalInterface
  interface Comparator {
    double best(double[] cumulative);
  }

  private final RewardSequence rewards;
  private final Comparator comparator;
  private final double[] cumulative;
  private final double[] round;
  private double earned;
  private double finished;
  private long steps;
  private boolean cached;
  private double cachedValue;

  HindsightTotals(RewardSequence rewards, Comparator comparator) {
    this.rewards = rewards;
    this.comparator = comparator;
    this.cumulative = new double[rewards.items()];
    this.round = new double[rewards.items()];
  }

  void startEpisode() {
    Arrays.fill(cumulative, 0.0);
    earned = 0;
    steps = 0;
    cached = false;
  }

  void record(Step<?, ?, ?> step) {
    rewards.means(step.stepInEpisode(), round);
    for (int i = 0; i < round.length; i++) {
      cumulative[i] += round[i];
    }
    earned += step.outcome().expectedReward();
    steps++;
    cached = false;
  }

  void endEpisode() {
    finished += current();
    startEpisode();
  }

  /** Regret of the finished games plus that of the current one against its rounds so far. */
  double value() {
    return finished + current();
  }

  private double current() {
    if (steps == 0) {
      return 0;
    }
    if (!cached) {
      cachedValue = comparator.best(cumulative) - earned;
      cached = true;
    }
    return cachedValue;
  }
}
