package org.recbench.api.bandit;

import org.recbench.api.Protocol;

/**
 * The K-armed bandit loop: observe the arm count, pull an {@link Arm}, receive its reward as
 * feedback ({@code Double}, equal to {@link org.recbench.api.Outcome#reward()}).
 */
public final class BanditProtocol {

  /** The {@code bandit} protocol. */
  public static final Protocol<BanditObservation, Arm, Double> PROTOCOL =
      new Protocol<>("bandit", BanditObservation.class, Arm.class, Double.class);

  private BanditProtocol() {}
}
