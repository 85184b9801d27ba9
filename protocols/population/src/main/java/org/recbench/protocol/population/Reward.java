package org.recbench.protocol.population;

/**
 * Feedback of the {@link PopulationProtocol}: the reward X_t = w_{A_t}ᵀ Y_{U_t,t} + η_t of the
 * recommended product (Eq. 7), equal to {@link org.recbench.api.Outcome#reward()}. A mutable
 * holder that an environment creates once and overwrites every step, valid until its next step:
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

  /** X_t. */
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
