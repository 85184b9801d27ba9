package org.recbench.population.metrics;

import org.recbench.api.Metric;
import org.recbench.api.Step;
import org.recbench.population.indices.PreferenceIndices;
import org.recbench.population.learner.PopulationParameter;
import org.recbench.protocol.population.Arrival;
import org.recbench.protocol.population.LinearEstimate;
import org.recbench.protocol.population.Population;
import org.recbench.protocol.population.PreferenceStates;
import org.recbench.protocol.population.Product;
import org.recbench.protocol.population.Reward;

/**
 * ‖θ̂ − θ(y)‖₂ at the checkpoint: the policy's estimate against the true θ of the current
 * population state ({@link PopulationParameter}; exact when the population is learnable, N = p,
 * and the λ-weighted least-squares fit over all user-product pairs otherwise). It measures how
 * well a policy tracks a population that its own recommendations keep moving.
 */
final class EstimationErrorMetric implements Metric<Arrival, Product, Reward> {

  private final LinearEstimate estimate;
  private final PreferenceStates states;
  private final PopulationParameter parameter;
  private final double[] estimated;
  private final double[] truth;

  EstimationErrorMetric(LinearEstimate estimate, PreferenceStates states, Population population) {
    this.estimate = estimate;
    this.states = states;
    this.parameter = new PopulationParameter(population);
    this.estimated = new double[population.contextDimension()];
    this.truth = new double[population.contextDimension()];
  }

  @Override
  public void record(Step<Arrival, Product, Reward> step) {
    // Read from the policy and the live states at checkpoints.
  }

  @Override
  public double value() {
    estimate.copyEstimate(estimated);
    parameter.compute(states, truth);
    return PreferenceIndices.estimationError(estimated, truth);
  }
}
