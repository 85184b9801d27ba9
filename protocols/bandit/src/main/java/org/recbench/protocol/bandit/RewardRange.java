package org.recbench.protocol.bandit;

/**
 * Bounds that every reward of a bandit lies in, provided under
 * {@link BanditProtocol#REWARD_RANGE} by environments whose rewards are bounded. Policies whose
 * model assumes rewards in [0, 1] (Beta-Bernoulli Thompson sampling, KL-UCB) require it and map
 * rewards with {@link #normalize(double)}.
 *
 * @param min smallest possible reward
 * @param max largest possible reward, greater than {@code min}
 */
public record RewardRange(double min, double max) {

  /** Rewards in [0, 1], e.g. Bernoulli rewards. */
  public static final RewardRange UNIT = new RewardRange(0, 1);

  /** Validates the bounds. */
  public RewardRange {
    if (!(Double.isFinite(min) && Double.isFinite(max) && min < max)) {
      throw new IllegalArgumentException("reward range needs finite min < max, got [" + min + ", "
          + max + "]");
    }
  }

  /** Maps {@code reward} from [min, max] affinely onto [0, 1]. */
  public double normalize(double reward) {
    return (reward - min) / (max - min);
  }
}
