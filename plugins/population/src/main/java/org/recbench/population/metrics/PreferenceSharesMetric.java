package org.recbench.population.metrics;

import java.util.List;
import org.recbench.api.Step;
import org.recbench.api.VectorMetric;
import org.recbench.population.indices.PreferenceIndices;
import org.recbench.protocol.population.Arrival;
import org.recbench.protocol.population.AttributeTable;
import org.recbench.protocol.population.PreferenceStates;
import org.recbench.protocol.population.Product;
import org.recbench.protocol.population.Reward;

/**
 * The share of users whose preferred product argmax_k w_kᵀy_n is k, for every k (Fig. 4 of the
 * paper counts them), at the checkpoint.
 */
final class PreferenceSharesMetric implements VectorMetric<Arrival, Product, Reward> {

  private final PreferenceStates states;
  private final AttributeTable products;
  private final List<String> labels;
  private final double[] buffer;

  PreferenceSharesMetric(PreferenceStates states, AttributeTable products) {
    this.states = states;
    this.products = products;
    this.labels = PopulationMetrics.productLabels(products.rows());
    this.buffer = new double[states.userCount() * states.stateDimension()];
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
    states.copyStates(buffer);
    PreferenceIndices.preferenceShares(buffer, states.userCount(), products, into);
  }
}
