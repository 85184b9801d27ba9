package org.recbench.bandits;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.recbench.api.Policy;
import org.recbench.protocol.bandit.Arm;
import org.recbench.protocol.bandit.BanditObservation;
import org.recbench.protocol.bandit.Reward;

/**
 * Drives one policy on its own, for tests of its internal state: feed it chosen rewards, count
 * its choices without learning. Trials — a policy facing an environment — run through the test
 * kit ({@link Bandits}), never through a loop of their own.
 */
final class Policies {

  private Policies() {}

  /** A seeded generator. */
  static RandomGenerator rng(long seed) {
    return new SplittableRandom(seed);
  }

  /**
   * {@code policy} after arm k paid {@code rewards[k][0]}, {@code rewards[k][1]}, … It acts
   * once first, as a trial does, so that it knows K = {@code rewards.length}. The rewards come in
   * one reused {@link Reward} holder, as environments hand them out.
   */
  static <P extends Policy<BanditObservation, Arm, Reward>> P trained(P policy,
      double[]... rewards) {
    BanditObservation observation = new BanditObservation(rewards.length);
    policy.act(observation);
    Reward feedback = new Reward();
    for (int k = 0; k < rewards.length; k++) {
      for (double reward : rewards[k]) {
        policy.learn(observation, Arm.of(k), feedback.set(reward));
      }
    }
    return policy;
  }

  /** How often {@code policy} picks each arm in {@code steps} acts without learning. */
  static long[] choiceCounts(Policy<BanditObservation, Arm, Reward> policy, int arms, int steps) {
    BanditObservation observation = new BanditObservation(arms);
    long[] counts = new long[arms];
    for (int t = 0; t < steps; t++) {
      counts[policy.act(observation).index()]++;
    }
    return counts;
  }
}
