package org.recbench.population;

import java.util.List;
import org.recbench.api.ComponentType;
import org.recbench.api.Environment;
import org.recbench.api.Metric;
import org.recbench.api.Plugin;
import org.recbench.api.Policy;
import org.recbench.api.figure.FigureSource;
import org.recbench.population.env.LinearPopulation;
import org.recbench.population.figures.PopulationFigures;
import org.recbench.population.metrics.PopulationMetrics;
import org.recbench.population.policy.PopulationPolicies;

/**
 * The {@code population} plugin: a linear-bandit recommender and the population it changes, from
 * A. Lankireddy, J. Nair, D. Manjunath, "When Online Algorithms Influence the Environment: A
 * Dynamical Systems Analysis of the Unintended Consequences", arXiv:2411.13883, 2024 — the
 * environment {@code population.linear}, the softmax least-squares recommender with its ODE limit
 * (Theorem 2) and its baselines, the consensus and polarization metrics, and the paper's figures.
 */
public final class PopulationPlugin implements Plugin {

  @Override
  public String name() {
    return "population";
  }

  @Override
  public List<ComponentType<Environment<?, ?, ?>>> environments() {
    return List.of(LinearPopulation.TYPE);
  }

  @Override
  public List<ComponentType<Policy<?, ?, ?>>> policies() {
    return List.of(PopulationPolicies.SOFTMAX_LS, PopulationPolicies.GREEDY,
        PopulationPolicies.ORACLE, PopulationPolicies.RANDOM);
  }

  @Override
  public List<ComponentType<Metric<?, ?, ?>>> metrics() {
    return PopulationMetrics.all();
  }

  @Override
  public List<FigureSource> figures() {
    return List.of(new PopulationFigures());
  }
}
