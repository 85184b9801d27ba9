package org.recbench.population.metrics;

import java.util.List;
import org.recbench.api.Step;
import org.recbench.api.VectorMetric;
import org.recbench.protocol.population.Arrival;
import org.recbench.protocol.population.PreferenceStates;
import org.recbench.protocol.population.Product;
import org.recbench.protocol.population.Reward;

/**
 * Every user's preference state y_n ∈ R^q at the checkpoint, entries labelled "user n y_j"
 * (1-based), for trajectories and for comparing simulations with the ODE.
 */
final class UserStatesMetric implements VectorMetric<Arrival, Product, Reward> {

  private final PreferenceStates states;
  private final List<String> labels;

  UserStatesMetric(PreferenceStates states) {
    this.states = states;
    this.labels = PopulationMetrics.userLabels(states.userCount(), states.stateDimension(), "y");
  }

  @Override
  public void record(Step<Arrival, Product, Reward> step) {
    // Read from the live states at checkpoints.
  }

  @Override
  public List<String> labels() {
    return labels;
  }

  @Override
  public void values(double[] into) {
    states.copyStates(into);
  }
}
