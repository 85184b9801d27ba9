package org.recbench.population.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.apache.commons.statistics.inference.ChiSquareTest;
import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;
import org.recbench.population.PaperInstances;
import org.recbench.population.indices.PreferenceIndices;
import org.recbench.population.model.AttributeGenerators;
import org.recbench.population.model.Contexts;
import org.recbench.population.model.PopulationModel;
import org.recbench.protocol.population.AttributeTable;
import org.recbench.protocol.population.Population;

class RecommendersTest {

  private static LeastSquaresRecommender trained(Population population, double a, long seed) {
    LeastSquaresRecommender recommender = LeastSquaresRecommender.softmax(population.users(),
        population.products(), a, PaperInstances.RIDGE);
    SplittableRandom rng = new SplittableRandom(seed);
    for (int t = 0; t < 50; t++) {
      recommender.update(rng.nextInt(3), rng.nextInt(3), rng.nextGaussian());
    }
    return recommender;
  }

  @Test
  void choiceProbabilitiesAreTheSoftmaxOfKroneckerContextScores() {
    Population population = PaperInstances.initial();
    double a = 0.7;
    LeastSquaresRecommender recommender = trained(population, a, 1);
    double[] theta = new double[6];
    recommender.copyEstimate(theta);
    SimpleMatrix thetaVector = new SimpleMatrix(6, 1, true, theta);
    double[] probabilities = new double[3];
    for (int n = 0; n < 3; n++) {
      recommender.choiceProbabilities(n, probabilities);
      double[] weights = new double[3];
      double sum = 0;
      for (int k = 0; k < 3; k++) {
        SimpleMatrix c = new SimpleMatrix(3, 1, true, population.users().toArray()[n])
            .kron(new SimpleMatrix(2, 1, true, population.products().toArray()[k]));
        double score = c.transpose().mult(thetaVector).get(0);
        assertThat(recommender.score(n, k)).isCloseTo(score, within(1e-12));
        weights[k] = Math.exp(a * score);
        sum += weights[k];
      }
      for (int k = 0; k < 3; k++) {
        assertThat(probabilities[k]).isCloseTo(weights[k] / sum, within(1e-12));
      }
    }
  }

  @Test
  void chosenProductsFollowTheChoiceProbabilities() {
    Population population = PaperInstances.initial();
    LeastSquaresRecommender recommender = trained(population, 0.7, 2);
    double[] probabilities = new double[3];
    recommender.choiceProbabilities(1, probabilities);
    long[] counts = new long[3];
    SplittableRandom rng = new SplittableRandom(3);
    for (int i = 0; i < 60_000; i++) {
      counts[recommender.choose(1, rng)]++;
    }
    assertThat(ChiSquareTest.withDefaults().test(probabilities, counts).getPValue())
        .isGreaterThan(1e-4);
  }

  @Test
  void greedyRecommendsTheBestScoredProduct() {
    Population population = PaperInstances.initial();
    LeastSquaresRecommender greedy = LeastSquaresRecommender.greedy(population.users(),
        population.products(), PaperInstances.RIDGE);
    SplittableRandom rng = new SplittableRandom(4);
    for (int t = 0; t < 50; t++) {
      greedy.update(rng.nextInt(3), rng.nextInt(3), rng.nextGaussian());
    }
    for (int n = 0; n < 3; n++) {
      int best = 0;
      for (int k = 1; k < 3; k++) {
        if (greedy.score(n, k) > greedy.score(n, best)) {
          best = k;
        }
      }
      assertThat(greedy.choose(n, rng)).isEqualTo(best);
    }
  }

  @Test
  void trueThetaReproducesEveryExpectedRewardWhenUsersEqualAttributeDimension() {
    Population population = PaperInstances.initial();
    PopulationModel model = new PopulationModel(population, 0, 0);
    PopulationParameter parameter = new PopulationParameter(population);
    SplittableRandom rng = new SplittableRandom(5);
    double[] theta = new double[6];
    for (int t = 0; t < 20; t++) {
      model.respond(model.nextUser(rng), rng.nextInt(3), rng);
      parameter.compute(model, theta);
      assertThat(parameter.maxRewardResidual(model, theta)).isLessThan(1e-10);
      // closed form for N = p: Θ = V⁻¹ Y (rows v_n, rows y_n)
      SimpleMatrix v = new SimpleMatrix(population.users().toArray());
      SimpleMatrix y = new SimpleMatrix(3, 2);
      for (int n = 0; n < 3; n++) {
        y.set(n, 0, model.state(n, 0));
        y.set(n, 1, model.state(n, 1));
      }
      SimpleMatrix closedForm = v.solve(y);
      for (int i = 0; i < 3; i++) {
        for (int j = 0; j < 2; j++) {
          assertThat(theta[i * 2 + j]).isCloseTo(closedForm.get(i, j), within(1e-10));
        }
      }
    }
  }

  @Test
  void trueThetaIsTheArrivalWeightedLeastSquaresFitWhenUsersOutnumberDimensions() {
    SplittableRandom rng = new SplittableRandom(6);
    int users = 7;
    AttributeTable v = AttributeGenerators.uniform("users", users, 3, rng);
    AttributeTable w = AttributeGenerators.normalisedUniform("products", 4, 2, rng);
    double[] lambda = {0.05, 0.1, 0.15, 0.2, 0.1, 0.3, 0.1};
    Population population = new Population(v, w, lambda,
        AttributeGenerators.uniform("initial states", users, 2, rng));
    PopulationModel model = new PopulationModel(population, 0, 0);
    double[] theta = new double[6];
    new PopulationParameter(population).compute(model, theta);

    // brute force: the stacked system √λ_n C_{n,k}ᵀ θ = √λ_n w_kᵀ y_n, solved by least squares
    SimpleMatrix design = new SimpleMatrix(users * 4, 6);
    SimpleMatrix target = new SimpleMatrix(users * 4, 1);
    double[] context = new double[6];
    for (int n = 0; n < users; n++) {
      for (int k = 0; k < 4; k++) {
        Contexts.write(population.users(), n, population.products(), k, context);
        double weight = Math.sqrt(lambda[n]);
        for (int i = 0; i < 6; i++) {
          design.set(n * 4 + k, i, weight * context[i]);
        }
        target.set(n * 4 + k, 0,
            weight * (w.get(k, 0) * model.state(n, 0) + w.get(k, 1) * model.state(n, 1)));
      }
    }
    SimpleMatrix bruteForce = design.solve(target);
    for (int i = 0; i < 6; i++) {
      assertThat(theta[i]).isCloseTo(bruteForce.get(i), within(1e-10));
    }
    assertThat(new PopulationParameter(population).maxRewardResidual(model, theta))
        .as("N > p: not learnable in general").isGreaterThan(1e-3);
  }

  @Test
  void greedyOracleRecommendsTheHighestExpectedRewardWhenLearnable() {
    Population population = PaperInstances.initial();
    PopulationModel model = new PopulationModel(population, 0.2, 0);
    OracleRecommender oracle = new OracleRecommender(population, model,
        Double.POSITIVE_INFINITY);
    SplittableRandom rng = new SplittableRandom(7);
    double[] states = new double[6];
    for (int t = 0; t < 200; t++) {
      int user = model.nextUser(rng);
      model.copyStates(states);
      int product = oracle.choose(user, rng);
      assertThat(product).isEqualTo(PreferenceIndices.preferredProduct(states, user,
          population.products()));
      oracle.update(user, product, model.respond(user, product, rng));
    }
  }
}
