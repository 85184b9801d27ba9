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
   * @param capabilities for policies and metrics, the capabilities they declared as required,
   *     taken from the environment and (for metrics) the policy; {@link Capabilities#NONE} for
   *     environments
   * @throws ConfigurationException when the parameters or the inputs they name are unusable
   */
  C create(Params params, RandomGenerator rng, Capabilities capabilities);
}
