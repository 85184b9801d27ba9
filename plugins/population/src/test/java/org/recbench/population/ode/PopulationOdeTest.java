package org.recbench.population.ode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;
import org.recbench.population.PaperInstances;
import org.recbench.population.model.AttributeGenerators;
import org.recbench.protocol.population.AttributeTable;
import org.recbench.protocol.population.Population;

class PopulationOdeTest {

  /**
   * App. B: the drift of (b, s, y) is the expected one-step increment E[C X − b], E[C Cᵀ − s],
   * E[1{U = n}(w_A − y_n)] under U ~ λ, A ~ softmax(a Cᵀθ), θ = s⁻¹b, computed here by
   * enumerating every (user, product) pair with EJML's Kronecker product.
   */
  @Test
  void driftEqualsTheExpectedOneStepIncrementOfTheModel() {
    SplittableRandom rng = new SplittableRandom(1);
    for (int instance = 0; instance < 5; instance++) {
      int users = 4;
      int p = 2;
      int q = 3;
      int products = 5;
      double[] lambda = {0.1, 0.2, 0.3, 0.4};
      Population population = new Population(
          AttributeGenerators.uniform("users", users, p, rng),
          AttributeGenerators.normalisedUniform("products", products, q, rng), lambda,
          AttributeGenerators.uniform("initial states", users, q, rng));
      double a = 3;
      PopulationOde ode = new PopulationOde(population, a);
      int d = p * q;
      SimpleMatrix b = SimpleMatrix.random_DDRM(d, 1, -1, 1, new java.util.Random(instance));
      SimpleMatrix m = SimpleMatrix.random_DDRM(d, d, -1, 1, new java.util.Random(instance + 9));
      SimpleMatrix s = m.mult(m.transpose()).plus(SimpleMatrix.identity(d).scale(0.5));
      double[] x = new double[ode.getDimension()];
      for (int i = 0; i < d; i++) {
        x[i] = b.get(i);
        for (int j = 0; j < d; j++) {
          x[d + i * d + j] = s.get(i, j);
        }
      }
      double[][] y = new double[users][q];
      for (int n = 0; n < users; n++) {
        for (int j = 0; j < q; j++) {
          y[n][j] = rng.nextDouble() * 2 - 1;
          x[ode.preferenceOffset() + n * q + j] = y[n][j];
        }
      }

      SimpleMatrix theta = s.solve(b);
      SimpleMatrix db = b.scale(-1);
      SimpleMatrix ds = s.scale(-1);
      double[][] dy = new double[users][q];
      AttributeTable v = population.users();
      AttributeTable w = population.products();
      for (int n = 0; n < users; n++) {
        SimpleMatrix[] contexts = new SimpleMatrix[products];
        double[] weights = new double[products];
        double sum = 0;
        for (int k = 0; k < products; k++) {
          contexts[k] = new SimpleMatrix(p, 1, true, v.toArray()[n])
              .kron(new SimpleMatrix(q, 1, true, w.toArray()[k]));
          weights[k] = Math.exp(a * contexts[k].transpose().mult(theta).get(0));
          sum += weights[k];
        }
        for (int k = 0; k < products; k++) {
          double probability = lambda[n] * weights[k] / sum;
          double reward = 0;
          for (int j = 0; j < q; j++) {
            reward += w.get(k, j) * y[n][j];
          }
          db = db.plus(probability * reward, contexts[k]);
          ds = ds.plus(probability, contexts[k].mult(contexts[k].transpose()));
          for (int j = 0; j < q; j++) {
            dy[n][j] += probability * (w.get(k, j) - y[n][j]);
          }
        }
      }

      double[] drift = ode.computeDerivatives(0, x);
      for (int i = 0; i < d; i++) {
        assertThat(drift[i]).as("b'[%d]", i).isCloseTo(db.get(i), within(1e-12));
        for (int j = 0; j < d; j++) {
          assertThat(drift[d + i * d + j]).as("s'[%d][%d]", i, j)
              .isCloseTo(ds.get(i, j), within(1e-12));
        }
      }
      for (int n = 0; n < users; n++) {
        for (int j = 0; j < q; j++) {
          assertThat(drift[ode.preferenceOffset() + n * q + j]).as("y_%d'[%d]", n, j)
              .isCloseTo(dy[n][j], within(1e-12));
        }
      }
    }
  }

  /**
   * Lemma 1 (Eq. 14): at equilibrium ȳ_n = Σ_k p̄_nk w_k; Theorem 3 with Lemma 2 (N = p): the
   * equilibrium is the learnable one, ȳ_n = Θ̄ᵀ v_n with θ̄ = s̄⁻¹b̄.
   */
  @Test
  void theLongRunStateIsAnEquilibriumOfLemmaOneThatTheRecommenderTracks() {
    Population population = PaperInstances.initial();
    for (double a : new double[] {4, 8}) {
      PopulationOde ode = new PopulationOde(population, a);
      OdeTrajectory trajectory = OdeSolver.withDefaultTolerances()
          .solve(ode, ode.initialState(PaperInstances.RIDGE), new double[] {1000});
      double[] theta = new double[6];
      double[] probabilities = new double[3];
      trajectory.copyTheta(0, theta);
      for (int n = 0; n < 3; n++) {
        trajectory.copyChoiceProbabilities(0, n, probabilities);
        for (int j = 0; j < 2; j++) {
          double mix = 0;
          double tracked = 0;
          for (int k = 0; k < 3; k++) {
            mix += probabilities[k] * population.products().get(k, j);
          }
          for (int i = 0; i < 3; i++) {
            tracked += population.users().get(n, i) * theta[i * 2 + j];
          }
          assertThat(trajectory.preference(0, n, j)).as("a = %s, y_%d[%d]", a, n, j)
              .isCloseTo(mix, within(1e-8)).isCloseTo(tracked, within(1e-8));
        }
      }
    }
  }

  @Test
  void samplesAtZeroAreTheInitialStateAndLaterSamplesAgreeWithASeparateSolve() {
    Population population = PaperInstances.initial();
    PopulationOde ode = new PopulationOde(population, 8);
    double[] x0 = ode.initialState(PaperInstances.RIDGE);
    OdeTrajectory sampled = OdeSolver.withDefaultTolerances()
        .solve(ode, x0, new double[] {0, 0.5, 3, 7});
    OdeTrajectory direct = OdeSolver.withDefaultTolerances().solve(ode, x0, new double[] {3});
    assertThat(sampled.state(0)).containsExactly(x0);
    for (int n = 0; n < 3; n++) {
      for (int j = 0; j < 2; j++) {
        assertThat(sampled.preference(2, n, j)).isCloseTo(direct.preference(0, n, j),
            within(1e-7));
      }
    }
  }

  @Test
  void greedyAndUnsortedTimesAreRejected() {
    Population population = PaperInstances.initial();
    assertThatThrownBy(() -> new PopulationOde(population, Double.POSITIVE_INFINITY))
        .hasMessageContaining("no ODE limit");
    PopulationOde ode = new PopulationOde(population, 8);
    assertThatThrownBy(() -> OdeSolver.withDefaultTolerances()
        .solve(ode, ode.initialState(1), new double[] {2, 1}))
        .hasMessageContaining("ODE sample times: entry 1");
  }
}
