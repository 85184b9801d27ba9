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
 *
 * <p>A decision first draws θ_L of the leading arm L (largest posterior mean, lowest index among
 * equals), then the other arms. An arm far behind the leader takes the exact shortcut of
 * {@link TailShortcuts}: a coin tells whether its θ_k exceeds a threshold below θ_L (the coins of
 * a decision share one uniform variate), and only then is θ_k drawn, from the posterior's tail.
 * Every other draw is X / (X + Y) of Gamma variates by Marsaglia and Tsang's method
 * ({@link RandomVariates}, {@link BetaPosteriors}). The chosen arm has exactly the law of the
 * argmax of K independent posterior draws; only the use of the random stream differs.
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
          new ThompsonSampling(capabilities.require(BanditProtocol.REWARD_RANGE), rng,
              TailShortcuts.LEADER_BAND));

  private final RewardRange range;
  private final double leaderBand;
  private final RandomGenerator rng;
  private final ArmStatistics successes = new ArmStatistics();
  private final RandomArgmax argmax;
  /** Beta(α_k, β_k) of every arm, created with K at the first {@link #act}. */
  private BetaPosteriors posteriors;
  private TailShortcuts shortcuts;
  /** The arm of largest posterior mean, lowest index among equals. */
  private int leader;

  /** A policy whose shortcut thresholds lie {@code leaderBand} σ_L below the leader's mean. */
  ThompsonSampling(RewardRange range, RandomGenerator rng, double leaderBand) {
    this.range = range;
    this.leaderBand = leaderBand;
    this.rng = rng;
    this.argmax = new RandomArgmax(rng);
  }

  @Override
  public Arm act(BanditObservation observation) {
    successes.fit(observation);
    if (posteriors == null) {
      posteriors = new BetaPosteriors(successes.arms());
      shortcuts = new TailShortcuts(successes.arms(), leaderBand);
    }
    double lead = posteriors.draw(rng, leader);
    argmax.start();
    argmax.offer(leader, lead);
    double leaderAlpha = posteriors.alpha(leader);
    double leaderBeta = posteriors.beta(leader);
    // The shortcut coins share one uniform u: the coins since u was drawn all landed tails
    // exactly when u < Π (1 − p_j) over them, and given that, u is uniform below the product.
    double u = -1;
    double allTails = 1;
    for (int k = 0; k < posteriors.arms(); k++) {
      if (k == leader) {
        continue;
      }
      double alpha = posteriors.alpha(k);
      double beta = posteriors.beta(k);
      if (shortcuts.ready(k, alpha, beta, leaderAlpha, leaderBeta)
          && lead >= shortcuts.threshold(k)) {
        if (u < 0) {
          u = rng.nextDouble();
        }
        allTails *= 1 - shortcuts.tail(k);
        if (u < allTails) {
          continue; // tails: θ_k ≤ q_k ≤ θ_L, so arm k is not the argmax
        }
        argmax.offer(k, shortcuts.drawAbove(rng, k, alpha, beta));
        u = -1;
        allTails = 1;
      } else {
        argmax.offer(k, posteriors.draw(rng, k));
      }
    }
    return Arm.of(argmax.best());
  }

  @Override
  public void learn(BanditObservation observation, Arm arm, Reward reward) {
    int k = arm.index();
    successes.record(k, binarize(reward.value()));
    double before = posteriors.mean(k);
    posteriors.set(k, alpha(k), beta(k));
    int previous = leader;
    if (k == leader && posteriors.mean(k) < before) {
      leader = 0;
      for (int j = 1; j < posteriors.arms(); j++) {
        if (posteriors.mean(j) > posteriors.mean(leader)) {
          leader = j;
        }
      }
    } else if (posteriors.mean(k) > posteriors.mean(leader)
        || posteriors.mean(k) == posteriors.mean(leader) && k < leader) {
      leader = k;
    }
    if (leader != previous) {
      shortcuts.forgetAll();
    } else {
      shortcuts.forget(k);
    }
  }

  /** α_k = s_k + 1 of arm k's Beta posterior. */
  double alpha(int arm) {
    return successes.sum(arm) + 1;
  }

  /** β_k = f_k + 1 of arm k's Beta posterior. */
  double beta(int arm) {
    return successes.pulls(arm) - successes.sum(arm) + 1;
  }

  /** The leading arm L of the next decision. */
  int leader() {
    return leader;
  }

  /**
   * Whether arm {@code arm} has a {@link TailShortcuts shortcut}, which a decision takes when the
   * leader's draw is at least the arm's threshold.
   */
  boolean hasShortcut(int arm) {
    return shortcuts != null && arm != leader && shortcuts.isReady(arm);
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
