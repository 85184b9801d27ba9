package org.recbench.menus.reward;

import java.util.random.RandomGenerator;
import org.recbench.protocol.menu.RewardSequence;

/**
 * An oblivious adversarial sequence drawn once from a seed: r_t(i) = (1 + sin(2π t / P_i + φ_i))/2
 * with periods P_i uniform in [P_min, P_max] and phases φ_i uniform in [0, 2π). Deterministic
 * given the draw (the means are the rewards), never stationary, and the best item changes over
 * time, so no fixed item is best on every stretch of rounds.
 */
public final class ObliviousRewards implements RewardSequence {

  private final double[] angular;
  private final double[] phase;

  /**
   * @throws IllegalArgumentException unless 1 ≤ P_min ≤ P_max
   */
  public ObliviousRewards(int items, double minPeriod, double maxPeriod, RandomGenerator random) {
    if (items < 1) {
      throw new IllegalArgumentException("items must be >= 1, got " + items);
    }
    if (!(minPeriod >= 1 && maxPeriod >= minPeriod) || Double.isInfinite(maxPeriod)) {
      throw new IllegalArgumentException("periods must satisfy 1 <= min-period <= max-period, got "
          + minPeriod + " and " + maxPeriod);
    }
    this.angular = new double[items];
    this.phase = new double[items];
    for (int i = 0; i < items; i++) {
      double p = minPeriod + (maxPeriod - minPeriod) * random.nextDouble();
      angular[i] = 2 * Math.PI / p;
      phase[i] = 2 * Math.PI * random.nextDouble();
    }
  }

  @Override
  public int items() {
    return angular.length;
  }

  @Override
  public void rewards(long round, double[] out) {
    for (int i = 0; i < angular.length; i++) {
      out[i] = 0.5 * (1 + Math.sin(angular[i] * round + phase[i]));
    }
  }

  @Override
  public void means(long round, double[] out) {
    rewards(round, out);
  }
}
