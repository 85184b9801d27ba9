package org.recbench.api;

import java.util.random.RandomGenerator;

/**
 * Creates one component instance for one trial.
 *
 * @param <C> component type
 */
@FunctionalInterface
public interface Factory<C> {

  /**
   * Creates the component.
   *
   * @param params validated parameters, defaults filled in
   * @param rng the component's own random stream for this trial; use no other randomness
   * @param capabilities the capabilities the component declared as required: for policies
   *     taken from the environment, for metrics from the environment and the policy, and for
   *     every kind those the harness provides ({@link StandardCapabilities#SHARED_WORK},
   *     {@link StandardCapabilities#DECISION_TIMER})
   * @throws ConfigurationException when the parameters or the inputs they name are unusable
   */
  C create(Params params, RandomGenerator rng, Capabilities capabilities);
}
