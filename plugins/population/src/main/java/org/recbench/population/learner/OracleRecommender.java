package org.recbench.population.learner;

import java.util.Objects;
import java.util.random.RandomGenerator;
import org.recbench.population.model.Contexts;
import org.recbench.protocol.population.LinearEstimate;
import org.recbench.protocol.population.Population;
import org.recbench.protocol.population.PreferenceStates;

/**
 * A baseline that knows the true θ of the current population state ({@link PopulationParameter})
 * instead of estimating it, and recommends with the same rule as {@link LeastSquaresRecommender}:
 * the softmax of Eq. 5 on C_{n,k}ᵀθ at inverse temperature a, or greedily (a = +∞). θ is
 * recomputed from the live states at every choice, so it follows the population as it moves.
 * When the population is learnable (N = p) the greedy oracle recommends argmax_k w_kᵀ y_n, the
 * product with the highest expected reward. Not thread-safe.
 */
public final class OracleRecommender implements Recommender, LinearEstimate {

  private final Population population;
  private final PreferenceStates states;
  private final PopulationParameter parameter;
  private final double inverseTemperature;
  private final double[] theta;
  private final double[] work;
  private final double[] scores;

  /**
   * @param population the attributes and λ the oracle fits θ with
   * @param states the live preference states of the same population
   * @param inverseTemperature a ≥ 0, or +∞ for greedy
   */
  public OracleRecommender(Population population, PreferenceStates states,
      double inverseTemperature) {
    if (states.userCount() != population.userCount()
        || states.stateDimension() != population.productDimension()) {
      throw new IllegalArgumentException("oracle: states of " + states.userCount() + " users in R^"
          + states.stateDimension() + " do not match the population (" + population.userCount()
          + " users, q = " + population.productDimension() + ")");
    }
    this.population = population;
    this.states = states;
    this.parameter = new PopulationParameter(population);
    this.inverseTemperature = ProductChoice.checkInverseTemperature(inverseTemperature);
    this.theta = new double[population.contextDimension()];
    this.work = new double[population.productDimension()];
    this.scores = new double[population.productCount()];
  }

  @Override
  public int choose(int user, RandomGenerator rng) {
    computeScores(user);
    return ProductChoice.sample(scores, scores.length, inverseTemperature, rng);
  }

  /** Nothing to learn: θ is read from the population state at every choice. */
  @Override
  public void update(int user, int product, double reward) {
    Objects.checkIndex(user, population.userCount());
    Objects.checkIndex(product, population.productCount());
  }

  @Override
  public void choiceProbabilities(int user, double[] dest) {
    computeScores(user);
    ProductChoice.probabilities(scores, scores.length, inverseTemperature, dest);
  }

  /** Copies the true θ of the current state into {@code dest[0 .. pq)}. */
  @Override
  public void copyEstimate(double[] dest) {
    parameter.compute(states, dest);
  }

  /** a (+∞ for greedy). */
  @Override
  public double inverseTemperature() {
    return inverseTemperature;
  }

  private void computeScores(int user) {
    Objects.checkIndex(user, population.userCount());
    parameter.compute(states, theta);
    Contexts.scores(population.users(), user, population.products(), theta, work, scores);
  }
}
