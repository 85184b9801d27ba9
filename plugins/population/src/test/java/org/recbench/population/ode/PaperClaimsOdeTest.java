package org.recbench.population.ode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.recbench.population.PaperInstances;
import org.recbench.population.indices.PreferenceIndices;
import org.recbench.population.model.AttributeGenerators;
import org.recbench.protocol.population.AttributeTable;
import org.recbench.protocol.population.Population;

/**
 * The qualitative claims of Lankireddy et al. 2024 (Sec. 5, Fig. 3 and 4; Theorem 5) on the ODE at
 * τ = 1000, with s(0) = ζI, b(0) = 0 as in Theorem 2. Products are numbered from 0 here: 0 = 1°, 1
 * = 45°, 2 = 89°. Initially user 1 prefers product 0, user 2 product 2 and user 3 product 1.
 */
class PaperClaimsOdeTest {

  private static final double HORIZON = 1000;

  private static double[] finalStates(Population population, double a) {
    PopulationOde ode = new PopulationOde(population, a);
    OdeTrajectory trajectory = OdeSolver.withDefaultTolerances()
        .solve(ode, ode.initialState(PaperInstances.RIDGE), new double[] {0, HORIZON});
    double[] states = new double[population.userCount() * population.productDimension()];
    trajectory.copyPreferences(1, states);
    return states;
  }

  private static int[] preferred(double[] states, Population population) {
    int[] out = new int[population.userCount()];
    for (int n = 0; n < out.length; n++) {
      out[n] = PreferenceIndices.preferredProduct(states, n, population.products());
    }
    return out;
  }

  private static double distance(double[] states, int q, int n, int m) {
    double squares = 0;
    for (int j = 0; j < q; j++) {
      double diff = states[n * q + j] - states[m * q + j];
      squares += diff * diff;
    }
    return Math.sqrt(squares);
  }

  private static double maxPairDistance(double[] states, int users, int q) {
    double max = 0;
    for (int n = 0; n < users; n++) {
      for (int m = n + 1; m < users; m++) {
        max = Math.max(max, distance(states, q, n, m));
      }
    }
    return max;
  }

  @Test
  void inverseTemperatureEightPolarisesEveryUserKeepsItsInitialProduct() {
    Population population = PaperInstances.initial();
    double[] initial = new double[6];
    population.initialStates().copyTo(initial);
    double[] last = finalStates(population, 8);

    assertThat(preferred(initial, population)).containsExactly(0, 2, 1);
    assertThat(preferred(last, population)).containsExactly(0, 2, 1);
    // "preferences of users 1 and 3 are closer to the preferences of user 2 at τ = 1000"
    assertThat(distance(last, 2, 0, 1)).isLessThan(distance(initial, 2, 0, 1));
    assertThat(distance(last, 2, 2, 1)).isLessThan(distance(initial, 2, 2, 1));
    assertThat(distance(last, 2, 2, 1)).as("users stay distinct").isGreaterThan(0.1);
  }

  @Test
  void inverseTemperatureFourReachesConsensusWithIdenticalStates() {
    Population population = PaperInstances.initial();
    double[] last = finalStates(population, 4);

    assertThat(preferred(last, population)).containsExactly(1, 1, 1);
    assertThat(maxPairDistance(last, 3, 2)).isLessThan(1e-6);
  }

  @Test
  void nearbyAttributesOfUsersTwoAndThreeMakeTheirStatesIdentical() {
    Population population = PaperInstances.nearbyUsers();
    double[] last = finalStates(population, 8);

    assertThat(preferred(last, population)).containsExactly(0, 1, 1);
    assertThat(distance(last, 2, 1, 2)).isLessThan(1e-6);
    assertThat(distance(last, 2, 0, 1)).as("user 1 stays apart").isGreaterThan(0.1);
  }

  /**
   * Not a claim of the paper, a fact about its instance: the Fig. 3c outcome needs the ridge.
   * With s(0) = ζI/10 instead of ζI the users 2 and 3 keep the products of Fig. 3a (the switch
   * happens between s(0) = 3e-4 and 5e-4). A simulation at clock offset t0 corresponds to
   * s(0) = ζ/t0, so it must use the ridge ζ·t0 to aim at the paper's figure.
   */
  @Test
  void nearbyUsersMergeOnlyWithTheRidgeOfThePaper() {
    Population population = PaperInstances.nearbyUsers();
    PopulationOde ode = new PopulationOde(population, 8);
    OdeTrajectory trajectory = OdeSolver.withDefaultTolerances()
        .solve(ode, ode.initialState(PaperInstances.RIDGE / 10), new double[] {HORIZON});
    double[] last = new double[6];
    trajectory.copyPreferences(0, last);

    assertThat(preferred(last, population)).containsExactly(0, 2, 1);
  }

  /**
   * Theorem 5: with N &gt; p and user attributes on a (p − 1)-dimensional hyperplane (last
   * coordinate 1), the population reaches identical states; the same draws off the hyperplane do
   * not.
   */
  @Test
  void hyperplaneUserAttributesMakeUsersIndistinguishable() {
    for (long seed = 1; seed <= 3; seed++) {
      SplittableRandom rng = new SplittableRandom(seed);
      AttributeTable users = AttributeGenerators.uniform("user attributes", 8, 3, rng);
      AttributeTable products = AttributeGenerators.normalisedUniform("products", 4, 3, rng);
      AttributeTable initial = AttributeGenerators.uniform("initial states", 8, 3, rng);
      double[][] onPlane = users.toArray();
      for (double[] row : onPlane) {
        row[2] = 1;
      }
      Population hyperplane = Population.uniformArrivals(
          AttributeTable.of("user attributes", onPlane), products, initial);
      Population offPlane = Population.uniformArrivals(users, products, initial);

      double[] identical = finalStates(hyperplane, 8);
      int[] choices = preferred(identical, hyperplane);
      assertThat(maxPairDistance(identical, 8, 3)).as("seed %d on the hyperplane", seed)
          .isLessThan(1e-6);
      assertThat(choices).as("seed %d", seed).containsOnly(choices[0]);
      assertThat(maxPairDistance(finalStates(offPlane, 8), 8, 3))
          .as("seed %d off the hyperplane", seed).isGreaterThan(1e-3);
    }
  }
}
