package org.recbench.protocol.bandit;

/**
 * Feedback of the {@link BanditProtocol}: the reward of the pulled arm, equal to
 * {@link org.recbench.api.Outcome#reward()}. A mutable holder that an environment creates once and
 * overwrites every step (no boxing, no allocation), valid until the environment's next step:
 * policies read {@link #value()} and keep the number.
 */
public final class Reward {

  private double value;

  /** A reward of 0, to be set by the environment. */
  public Reward() {}

  /** A reward with the given value. */
  public Reward(double value) {
    this.value = value;
  }

  /** The reward. */
  public double value() {
    return value;
  }

  /** Overwrites the reward; returns this holder. */
  public Reward set(double reward) {
    this.value = reward;
    return this;
  }

  @Override
  public String toString() {
    return Double.toString(value);
  }
}
