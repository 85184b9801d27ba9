package org.recbench.protocol.population;

import org.recbench.api.Capability;
import org.recbench.api.Protocol;

/**
 * The loop of a recommender facing a population whose preferences it changes (Lankireddy, Nair
 * and Manjunath, "When Online Algorithms Influence the Environment: A Dynamical Systems Analysis
 * of the Unintended Consequences", arXiv:2411.13883, 2024, Sec. 3): each step a user arrives
 * ({@link Arrival}: its index and attributes, and the product attributes), the policy recommends
 * a {@link Product}, and the environment answers with the {@link Reward}; then the arriving
 * user's preference state moves towards the recommended product.
 */
public final class PopulationProtocol {

  /** The {@code population} protocol. */
  public static final Protocol<Arrival, Product, Reward> PROTOCOL =
      new Protocol<>("population", Arrival.class, Product.class, Reward.class);

  /**
   * Every user's current preference state y_1 … y_N (a live, read-only view), provided by
   * population environments for metrics, figures and oracle baselines.
   */
  public static final Capability<PreferenceStates> STATE = new Capability<>(
      "population-state", PreferenceStates.class,
      "every user's current preference state y_n (live, read-only)");

  /**
   * The population's fixed description — attributes, arrival probabilities, initial states,
   * step-size offset and reward noise — for oracles and analyses (the ODE limit).
   */
  public static final Capability<PopulationDynamics> DYNAMICS = new Capability<>(
      "population-dynamics", PopulationDynamics.class,
      "attributes v and w, arrival probabilities, y(0), clock offset t0 and reward noise sd");

  /**
   * A policy's linear model θ̂ of the rewards and its softmax inverse temperature, provided by
   * policies that score products by C_{n,k}ᵀθ̂, for estimation-error and simplex metrics.
   */
  public static final Capability<LinearEstimate> ESTIMATE = new Capability<>(
      "population-estimate", LinearEstimate.class,
      "the policy's estimate θ̂ of the linear reward model and its inverse temperature a");

  private PopulationProtocol() {}
}
