package org.recbench.population.metrics;

import org.recbench.api.Metric;
import org.recbench.api.Step;
import org.recbench.population.indices.PreferenceIndices;
import org.recbench.protocol.population.Arrival;
import org.recbench.protocol.population.AttributeTable;
import org.recbench.protocol.population.PreferenceStates;
import org.recbench.protocol.population.Product;
import org.recbench.protocol.population.Reward;

/** The consensus index: the share of users preferring the plurality product, at the checkpoint. */
final class ConsensusMetric implements Metric<Arrival, Product, Reward> {

  private final PreferenceStates states;
  private final AttributeTable products;
  private final double[] buffer;
  private final double[] shares;

  ConsensusMetric(PreferenceStates states, AttributeTable products) {
    this.states = states;
    this.products = products;
    this.buffer = new double[states.userCount() * states.stateDimension()];
    this.shares = new double[products.rows()];
  }

  @Override
  public void record(Step<Arrival, Product, Reward> step) {
    // Read from the live states at checkpoints.
  }

  @Override
  public double value() {
    states.copyStates(buffer);
    PreferenceIndices.preferenceShares(buffer, states.userCount(), products, shares);
    return PreferenceIndices.consensus(shares, shares.length);
  }
}
