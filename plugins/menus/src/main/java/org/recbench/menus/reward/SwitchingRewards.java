package org.recbench.menus.reward;

import org.recbench.protocol.menu.RewardSequence;
/**
 * Piecewise-stationary rewards: the round axis is cut into phases of L rounds; in phase p the
 * rewards are Bernoulli(μ^p_i) with fresh means μ^p_i uniform in [0, 1]. This is the
 * "stochastic within windows, adversarial between windows" regime of Theorem 5 (Section 6).
 */
public final class SwitchingRewards implements RewardSequence {

  private final int items;
  private final long period;
  private final long meanSeed;
  private final long drawSeed;

  /**
   * @param period phase length L in rounds
   * @throws IllegalArgumentException unless items ≥ 1 and L ≥ 1
   */
  public SwitchingRewards(int items, long period, long seed) {
    if (items < 1) {
      throw new IllegalArgumentException("items must be >= 1, got " + items);
    }
    if (period < 1) {
      throw new IllegalArgumentException("switching period L must be >= 1 round, got " + period);
    }
    this.items = items;
    this.period = period;
    this.meanSeed = seed;
    this.drawSeed = ~seed * 31 + 17;
  }

  /** The phase length L. */
  public long period() {
    return period;
  }

  @Override
  public int items() {
    return items;
  }

  @Override
  public void rewards(long round, double[] out) {
    long phase = round / period;
    for (int i = 0; i < items; i++) {
      double mean = CounterRandom.uniform(meanSeed, phase, i);
      out[i] = CounterRandom.uniform(drawSeed, round, i) < mean ? 1.0 : 0.0;
    }
  }

  @Override
  public void means(long round, double[] out) {
    long phase = round / period;
    for (int i = 0; i < items; i++) {
      out[i] = CounterRandom.uniform(meanSeed, phase, i);
    }
  }
}
