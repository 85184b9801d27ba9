package org.recbench.population.metrics;

import java.util.List;
import org.recbench.api.Step;
import org.recbench.api.VectorMetric;
import org.recbench.population.indices.SimplexProjection;
import org.recbench.protocol.population.Arrival;
import org.recbench.protocol.population.AttributeTable;
import org.recbench.protocol.population.PreferenceStates;
import org.recbench.protocol.population.Product;
import org.recbench.protocol.population.Reward;

/**
 * Every user's point of the probability simplex, p_k(y_n) = exp(a w_kᵀy_n) / Σ_j exp(a w_jᵀy_n)
 * (Sec. 5, "Simplex Plot"), with a the policy's inverse temperature, as the paper draws it; a
 * greedy policy (a = +∞) puts each user on the vertex of its preferred product. Entries are
 * labelled "user n p_k" (1-based). The mean of these points over seeds, mapped to the plane, is
 * the simulated trajectory drawn next to the ODE's.
 */
final class SimplexMetric implements VectorMetric<Arrival, Product, Reward> {

  private final PreferenceStates states;
  private final AttributeTable products;
  private final double inverseTemperature;
  private final List<String> labels;
  private final double[] buffer;
  private final double[] point;

  SimplexMetric(PreferenceStates states, AttributeTable products, double inverseTemperature) {
    this.states = states;
    this.products = products;
    this.inverseTemperature = inverseTemperature;
    this.labels = PopulationMetrics.userLabels(states.userCount(), products.rows(), "p");
    this.buffer = new double[states.userCount() * states.stateDimension()];
    this.point = new double[products.rows()];
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
    int k = products.rows();
    for (int n = 0; n < states.userCount(); n++) {
      SimplexProjection.simplexPoint(buffer, n * states.stateDimension(), products,
          inverseTemperature, point);
      System.arraycopy(point, 0, into, n * k, k);
    }
  }
}
