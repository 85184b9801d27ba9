package org.recbench.menus.reward;

import java.util.random.RandomGenerator;
import org.recbench.protocol.menu.RewardSequence;

/** Stochastic rewards: r_t(i) ~ Bernoulli(μ_i), independent across rounds and items. */
public final class StochasticRewards implements RewardSequence {

  private final double[] means;
  private final long seed;

  /**
   * @throws IllegalArgumentException unless every mean is in [0, 1]
   */
  public StochasticRewards(double[] means, long seed) {
    for (int i = 0; i < means.length; i++) {
      RewardChecks.requireUnit(means[i], "mean reward of item " + i);
    }
    this.means = means.clone();
    this.seed = seed;
  }

  /** Means drawn uniformly in [0, 1]; the Bernoulli draws are seeded from {@code random}. */
  public static StochasticRewards random(int items, RandomGenerator random) {
    double[] means = new double[items];
    for (int i = 0; i < items; i++) {
      means[i] = random.nextDouble();
    }
    return new StochasticRewards(means, random.nextLong());
  }

  @Override
  public int items() {
    return means.length;
  }

  @Override
  public void rewards(long round, double[] out) {
    for (int i = 0; i < means.length; i++) {
      out[i] = CounterRandom.uniform(seed, round, i) < means[i] ? 1.0 : 0.0;
    }
  }

  @Override
  public void means(long round, double[] out) {
    System.arraycopy(means, 0, out, 0, means.length);
  }
}
