package org.recbench.protocol.bandit;

import org.recbench.api.Capability;
import org.recbench.api.Protocol;

/**
 * The K-armed bandit loop: observe the arm count, pull an {@link Arm}, receive its reward as
 * feedback (a {@link Reward} holder, equal to {@link org.recbench.api.Outcome#reward()}).
 */
public final class BanditProtocol {

  /** The {@code bandit} protocol. */
  public static final Protocol<BanditObservation, Arm, Reward> PROTOCOL =
      new Protocol<>("bandit", BanditObservation.class, Arm.class, Reward.class);

  /** Bounds of every reward, provided by bandits whose rewards are bounded (Bernoulli: [0, 1]). */
  public static final Capability<RewardRange> REWARD_RANGE = new Capability<>(
      "reward-range", RewardRange.class, "bounds every reward lies in");

  private BanditProtocol() {}
}
