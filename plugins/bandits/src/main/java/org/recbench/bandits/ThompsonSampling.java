package org.recbench.bandits;

import java.util.random.RandomGenerator;
import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Kind;
import org.recbench.api.Policy;
import org.recbench.protocol.bandit.Arm;
import org.recbench.protocol.bandit.BanditObservation;
import org.recbench.protocol.bandit.BanditProtocol;
import org.recbench.protocol.bandit.Reward;
import org.recbench.protocol.bandit.RewardRange;

/**
 * {@code bandit.thompson}: Beta-Bernoulli Thompson sampling as analysed by Agrawal and Goyal
 * (2012), "Analysis of Thompson sampling for the multi-armed bandit problem", COLT. Each arm has
 * a Beta(1, 1) prior on its success probability; each step draws θ_k ~ Beta(s_k + 1, f_k + 1)
 * from the posteriors (s_k successes, f_k failures) and pulls an arm of largest θ_k (Alg. 1).
 * Draws are X / (X + Y) of Gamma variates by Marsaglia and Tsang's method ({@link RandomVariates},
 * {@link BetaPosteriors}).
 *
 * <p>Rewards are first mapped onto [0, 1] with the environment's {@link RewardRange}, which this
 * policy requires. A reward of 0 or 1 counts as it is (Bernoulli bandits); any other r in (0, 1)
 * counts as the outcome of a Bernoulli(r) trial, the binarisation of Alg. 2 that keeps the Beta
 * posterior conjugate for any reward law on [0, 1].
 */
public final class ThompsonSampling implements Policy<BanditObservation, Arm, Reward> {

  /** The component type registered by {@link BanditsPlugin}. */
  public static final ComponentType<Policy<?, ?, ?>> TYPE = ComponentType.policy(
      Descriptor.builder(Kind.POLICY, "bandit.thompson", BanditProtocol.PROTOCOL)
          .description("Thompson sampling with Beta(1, 1) priors (Agrawal and Goyal 2012)")
          .requires(BanditProtocol.REWARD_RANGE)
          .build(),
      (params, rng, capabilities) ->
          new ThompsonSampling(capabilities.require(BanditProtocol.REWARD_RANGE), rng));

  private final RewardRange range;
  private final RandomGenerator rng;
  private final ArmStatistics successes = new ArmStatistics();
  private final RandomArgmax argmax;
  /** Beta(α_k, β_k) of every arm, created with K at the first {@link #act}. */
  private BetaPosteriors posteriors;

  ThompsonSampling(RewardRange range, RandomGenerator rng) {
    this.range = range;
    this.rng = rng;
    this.argmax = new RandomArgmax(rng);
  }

  @Override
  public Arm act(BanditObservation observation) {
    successes.fit(observation);
    if (posteriors == null) {
      posteriors = new BetaPosteriors(successes.arms());
    }
    argmax.start();
    for (int k = 0; k < successes.arms(); k++) {
      argmax.offer(k, posteriors.draw(rng, k));
    }
    return Arm.of(argmax.best());
  }

  @Override
  public void learn(BanditObservation observation, Arm arm, Reward reward) {
    int k = arm.index();
    successes.record(k, binarize(reward.value()));
    posteriors.set(k, alpha(k), beta(k));
  }

  /** α_k = s_k + 1 of arm k's Beta posterior. */
  double alpha(int arm) {
    return successes.sum(arm) + 1;
  }

  /** β_k = f_k + 1 of arm k's Beta posterior. */
  double beta(int arm) {
    return successes.pulls(arm) - successes.sum(arm) + 1;
  }

  private double binarize(double reward) {
    double r = range.normalize(reward);
    if (!(r >= 0 && r <= 1)) {
      throw new IllegalStateException("reward " + reward + " lies outside the environment's"
          + " reward range [" + range.min() + ", " + range.max() + "]");
    }
    if (r == 0 || r == 1) {
      return r;
    }
    return rng.nextDouble() < r ? 1 : 0;
  }
}
