package org.recbench.protocol.population;

import java.util.Objects;

/**
 * What a population environment's dynamics depend on, for components allowed to know the model
 * (oracles, the ODE analysis): the population (v, w, λ, y(0)), the clock offset t0 of the step
 * sizes α_t = 1/(t0 + t + 1) with which the arriving user's state moves towards the recommended
 * product (Eq. 11; t0 = 0 is the paper's 1/(t + 1)), and the standard deviation of the reward
 * noise η_t (Eq. 7).
 *
 * @param population attributes, arrival probabilities and initial states
 * @param clockOffset t0 ≥ 0
 * @param noiseSd σ ≥ 0
 */
public record PopulationDynamics(Population population, long clockOffset, double noiseSd) {

  /** Validates the components. */
  public PopulationDynamics {
    Objects.requireNonNull(population, "population");
    if (clockOffset < 0) {
      throw new IllegalArgumentException("clock offset t0: " + clockOffset + "; expected >= 0");
    }
    if (!(noiseSd >= 0) || !Double.isFinite(noiseSd)) {
      throw new IllegalArgumentException("reward noise sd: " + noiseSd
          + "; expected a finite number >= 0");
    }
  }
}
