package org.recbench.population.metrics;

import org.recbench.api.Metric;
import org.recbench.api.Step;
import org.recbench.population.indices.PreferenceIndices;
import org.recbench.protocol.population.Arrival;
import org.recbench.protocol.population.PreferenceStates;
import org.recbench.protocol.population.Product;
import org.recbench.protocol.population.Reward;

/**
 * The polarization index: the mean over user pairs of ‖ŷ_n − ŷ_m‖/2 with ŷ = y/‖y‖, at the
 * checkpoint (O(N²q) there, nothing per step).
 */
final class PolarizationMetric implements Metric<Arrival, Product, Reward> {

  private final PreferenceStates states;
  private final double[] buffer;

  PolarizationMetric(PreferenceStates states) {
    this.states = states;
    this.buffer = new double[states.userCount() * states.stateDimension()];
  }

  @Override
  public void record(Step<Arrival, Product, Reward> step) {
    // Read from the live states at checkpoints.
  }

  @Override
  public double value() {
    states.copyStates(buffer);
    return PreferenceIndices.polarization(buffer, states.userCount(), states.stateDimension());
  }
}
