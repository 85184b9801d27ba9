package org.recbench.bandits;

import org.recbench.protocol.bandit.BanditObservation;

/**
 * Pull counts n_k and reward sums S_k of K arms, the sufficient statistics of the policies here,
 * with the empirical means S_k / n_k kept up to date (one division per pull instead of K per
 * decision). A policy learns K from its first observation, so the arrays are allocated by the
 * first {@link #fit} and never again: a step allocates nothing.
 *
 * <p>Pull counts are kept as {@code double}s, exact integers up to 2^53 pulls per arm: the
 * policies divide by them in their per-arm loops, and a {@code long} there costs a conversion
 * per arm whose instruction ({@code cvtsi2sd}) writes only part of its register, so its result
 * waits for whatever last wrote that register. Depending on the registers the JIT picked, that
 * chained the arms of UCB1's index loop: 80 or 160 ns per W1 step from one JVM to the next.
 */
final class ArmStatistics {

  private double[] pulls;
  private double[] sums;
  private double[] means;
  private long total;
  private int firstUnpulled;

  /** Sizes the statistics for {@code observation}'s K on the first call; later checks K. */
  void fit(BanditObservation observation) {
    if (pulls == null) {
      pulls = new double[observation.arms()];
      sums = new double[observation.arms()];
      means = new double[observation.arms()];
    } else if (pulls.length != observation.arms()) {
      throw new IllegalStateException("the bandit changed from " + pulls.length + " to "
          + observation.arms() + " arms");
    }
  }

  /** Records one pull of {@code arm} that paid {@code reward}. */
  void record(int arm, double reward) {
    pulls[arm]++;
    sums[arm] += reward;
    means[arm] = sums[arm] / pulls[arm];
    total++;
  }

  /** Number of arms K. */
  int arms() {
    return pulls.length;
  }

  /** n_arm, the number of pulls of {@code arm} (an integer). */
  double pulls(int arm) {
    return pulls[arm];
  }

  /** S_arm, the sum of the rewards {@code arm} paid. */
  double sum(int arm) {
    return sums[arm];
  }

  /** Empirical mean S_arm / n_arm, or 0 before the first pull. */
  double mean(int arm) {
    return means[arm];
  }

  /** t, the number of pulls of all arms. */
  long total() {
    return total;
  }

  /** The lowest-indexed arm never pulled, or -1 when every arm was pulled (amortised O(1)). */
  int firstUnpulled() {
    while (firstUnpulled < pulls.length && pulls[firstUnpulled] > 0) {
      firstUnpulled++;
    }
    return firstUnpulled < pulls.length ? firstUnpulled : -1;
  }
}
