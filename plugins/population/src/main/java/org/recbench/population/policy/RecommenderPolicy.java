package org.recbench.population.policy;

import java.util.Arrays;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.recbench.api.Capability;
import org.recbench.api.Policy;
import org.recbench.population.learner.Recommender;
import org.recbench.protocol.population.Arrival;
import org.recbench.protocol.population.AttributeTable;
import org.recbench.protocol.population.LinearEstimate;
import org.recbench.protocol.population.PopulationProtocol;
import org.recbench.protocol.population.Product;
import org.recbench.protocol.population.Reward;

/**
 * A {@link Recommender} speaking the population protocol: {@code act} recommends for the arriving
 * user, {@code learn} passes the reward on. The recommender is built at the first observation
 * from its read-only attribute tables (the policy sees nothing else of the population), and it
 * exposes its linear model as {@link PopulationProtocol#ESTIMATE}. No allocation per step.
 *
 * @param <R> a recommender with a linear model
 */
final class RecommenderPolicy<R extends Recommender & LinearEstimate>
    implements Policy<Arrival, Product, Reward> {

  /** Builds the recommender from the tables of the first observation. */
  @FunctionalInterface
  interface Maker<R> {
    R make(AttributeTable users, AttributeTable products);
  }

  private final Maker<R> maker;
  private final RandomGenerator rng;
  private final double inverseTemperature;
  private final LinearEstimate estimate = new LinearEstimate() {
    @Override
    public void copyEstimate(double[] dest) {
      if (recommender == null) {
        Arrays.fill(dest, 0);
      } else {
        recommender.copyEstimate(dest);
      }
    }

    @Override
    public double inverseTemperature() {
      return inverseTemperature;
    }
  };
  private R recommender;

  /**
   * @param maker builds the recommender at the first observation
   * @param inverseTemperature the recommender's a (+∞ greedy), known before it is built
   * @param rng the policy's random stream
   */
  RecommenderPolicy(Maker<R> maker, double inverseTemperature, RandomGenerator rng) {
    this.maker = maker;
    this.inverseTemperature = inverseTemperature;
    this.rng = rng;
  }

  @Override
  public Product act(Arrival arrival) {
    if (recommender == null) {
      recommender = maker.make(arrival.users(), arrival.products());
    }
    return Product.of(recommender.choose(arrival.user(), rng));
  }

  @Override
  public void learn(Arrival arrival, Product product, Reward reward) {
    recommender.update(arrival.user(), product.index(), reward.value());
  }

  @Override
  public <T> Optional<T> capability(Capability<T> key) {
    return key.id().equals(PopulationProtocol.ESTIMATE.id())
        ? Optional.of(key.cast(estimate)) : Optional.empty();
  }
}
