package org.recbench.population.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;
import org.recbench.population.PaperInstances;
import org.recbench.population.model.AttributeGenerators;
import org.recbench.population.model.Contexts;
import org.recbench.protocol.population.AttributeTable;
import org.recbench.protocol.population.Population;

class RidgeLeastSquaresTest {

  /** θ = (ζI + Σ C Cᵀ)⁻¹ Σ C X by a direct EJML solve. */
  private static SimpleMatrix directSolve(SimpleMatrix gram, SimpleMatrix moment) {
    return gram.solve(moment);
  }

  private static double relativeError(RidgeLeastSquares recursive, SimpleMatrix direct) {
    double diff = 0;
    for (int i = 0; i < direct.getNumRows(); i++) {
      double d = recursive.estimate(i) - direct.get(i);
      diff += d * d;
    }
    return Math.sqrt(diff) / direct.normF();
  }

  @Test
  void recursiveEstimateEqualsDirectSolveOfNormalEquationsOnRandomContexts() {
    SplittableRandom rng = new SplittableRandom(1);
    for (int dimension : new int[] {1, 4, 6, 25}) {
      for (double ridge : new double[] {0.001, 1}) {
        RidgeLeastSquares recursive = new RidgeLeastSquares(dimension, ridge);
        SimpleMatrix gram = SimpleMatrix.identity(dimension).scale(ridge);
        SimpleMatrix moment = new SimpleMatrix(dimension, 1);
        double[] context = new double[dimension];
        for (int t = 0; t < 300; t++) {
          for (int i = 0; i < dimension; i++) {
            context[i] = rng.nextDouble() * 2 - 1;
          }
          double reward = rng.nextGaussian() + context[0];
          recursive.update(context, reward);
          SimpleMatrix c = new SimpleMatrix(dimension, 1, true, context);
          gram = gram.plus(c.mult(c.transpose()));
          moment = moment.plus(reward, c);
          assertThat(relativeError(recursive, directSolve(gram, moment)))
              .as("d = %d, ζ = %s, step %d", dimension, ridge, t).isLessThan(1e-9);
        }
      }
    }
  }

  @Test
  void recommenderEstimateEqualsDirectSolveOnThePapersKroneckerContexts() {
    Population population = PaperInstances.initial();
    LeastSquaresRecommender recommender = LeastSquaresRecommender.softmax(population.users(),
        population.products(), 8, PaperInstances.RIDGE);
    SplittableRandom rng = new SplittableRandom(2);
    SimpleMatrix gram = SimpleMatrix.identity(6).scale(PaperInstances.RIDGE);
    SimpleMatrix moment = new SimpleMatrix(6, 1);
    double[] estimate = new double[6];
    for (int t = 0; t < 500; t++) {
      int user = rng.nextInt(3);
      int product = recommender.choose(user, rng);
      double reward = rng.nextGaussian();
      recommender.update(user, product, reward);
      SimpleMatrix v = new SimpleMatrix(3, 1, true, population.users().toArray()[user]);
      SimpleMatrix w = new SimpleMatrix(2, 1, true, population.products().toArray()[product]);
      SimpleMatrix c = v.kron(w);
      gram = gram.plus(c.mult(c.transpose()));
      moment = moment.plus(reward, c);
      SimpleMatrix direct = directSolve(gram, moment);
      recommender.copyEstimate(estimate);
      double diff = 0;
      for (int i = 0; i < 6; i++) {
        diff += (estimate[i] - direct.get(i)) * (estimate[i] - direct.get(i));
      }
      assertThat(Math.sqrt(diff) / direct.normF()).as("step %d", t).isLessThan(1e-9);
    }
  }

  /**
   * The recursive estimate does not drift from Eq. 8's minimiser over a run as long as the
   * scenarios' (the rounding errors of each step are damped by B_{t+1}⁻¹B_t): the large
   * instance's d = 25 Kronecker contexts, all entries positive and so strongly correlated, with
   * ζ = 0.001, compared with a direct solve after 10³, 10⁴ and 10⁵ steps.
   */
  @Test
  void recursiveEstimateStaysOnTheDirectSolveOverALongRunOfCorrelatedContexts() {
    SplittableRandom rng = new SplittableRandom(3);
    AttributeTable users = AttributeGenerators.uniform("users", 100, 5, rng);
    AttributeTable products = AttributeGenerators.normalisedUniform("products", 10, 5, rng);
    int d = 25;
    double ridge = 0.001;
    RidgeLeastSquares recursive = new RidgeLeastSquares(d, ridge);
    double[] gram = new double[d * d];
    for (int i = 0; i < d; i++) {
      gram[i * d + i] = ridge;
    }
    double[] moment = new double[d];
    double[] context = new double[d];
    for (int t = 1; t <= 100_000; t++) {
      Contexts.write(users, rng.nextInt(100), products, rng.nextInt(10), context);
      double reward = context[0] - 0.5 * context[24] + 0.1 * rng.nextGaussian();
      recursive.update(context, reward);
      for (int i = 0; i < d; i++) {
        for (int j = 0; j < d; j++) {
          gram[i * d + j] += context[i] * context[j];
        }
        moment[i] += context[i] * reward;
      }
      if (t == 1000 || t == 10_000 || t == 100_000) {
        SimpleMatrix direct = directSolve(new SimpleMatrix(d, d, true, gram),
            new SimpleMatrix(d, 1, true, moment));
        assertThat(relativeError(recursive, direct)).as("step %d", t).isLessThan(1e-9);
      }
    }
  }

  @Test
  void inverseGramStaysExactlySymmetric() {
    SplittableRandom rng = new SplittableRandom(2);
    RidgeLeastSquares recursive = new RidgeLeastSquares(25, 0.1);
    double[] context = new double[25];
    for (int t = 0; t < 2000; t++) {
      for (int i = 0; i < context.length; i++) {
        context[i] = rng.nextDouble();
      }
      recursive.update(context, rng.nextGaussian());
    }
    for (int i = 0; i < 25; i++) {
      for (int j = 0; j < i; j++) {
        assertThat(recursive.inverseGram(i, j)).isEqualTo(recursive.inverseGram(j, i));
      }
    }
  }

  @Test
  void ridgeIsKeptAfterTheFirstObservation() {
    // Eq. 8 after one observation: θ = C X / (ζ + CᵀC). The printed recursion (9)–(10) with
    // S_0 = ζI and step 1 would instead drop ζ and leave the singular C Cᵀ.
    double ridge = 0.5;
    RidgeLeastSquares estimator = new RidgeLeastSquares(3, ridge);
    double[] context = {1, 2, -2};
    estimator.update(context, 3);
    for (int i = 0; i < 3; i++) {
      assertThat(estimator.estimate(i)).isCloseTo(context[i] * 3 / (ridge + 9), within(1e-14));
    }
    assertThat(estimator.observations()).isEqualTo(1);
  }

  @Test
  void resetForgetsEveryObservation() {
    RidgeLeastSquares estimator = new RidgeLeastSquares(2, 1);
    estimator.update(new double[] {1, 1}, 5);
    estimator.reset();
    estimator.update(new double[] {1, 0}, 2);
    assertThat(estimator.estimate(0)).isCloseTo(1, within(1e-15));
    assertThat(estimator.estimate(1)).isZero();
  }

  @Test
  void nonPositiveRidgeIsRejected() {
    assertThatThrownBy(() -> new RidgeLeastSquares(3, 0)).hasMessageContaining("ridge ζ");
  }
}
