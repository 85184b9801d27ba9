package org.recbench.population.indices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.recbench.population.model.AttributeGenerators;
import org.recbench.protocol.population.AttributeTable;

class PreferenceIndicesTest {

  private static final AttributeTable PRODUCTS =
      AttributeGenerators.unitVectorsAtDegrees("products", 1, 45, 89);

  @Test
  void preferredProductMaximisesTheExpectedReward() {
    SplittableRandom rng = new SplittableRandom(1);
    double[] states = new double[2];
    for (int i = 0; i < 1000; i++) {
      states[0] = rng.nextDouble() * 4 - 2;
      states[1] = rng.nextDouble() * 4 - 2;
      int best = PreferenceIndices.preferredProduct(states, 0, PRODUCTS);
      for (int k = 0; k < 3; k++) {
        assertThat(PRODUCTS.dot(best, states, 0)).isGreaterThanOrEqualTo(PRODUCTS.dot(k, states,
            0));
      }
    }
  }

  @Test
  void sharesCountPreferredProductsAndConsensusIsTheLargestShare() {
    double[] states = {2, 0, 0, 2, 2, 2, 1, 1};
    double[] shares = new double[3];
    PreferenceIndices.preferenceShares(states, 4, PRODUCTS, shares);
    assertThat(shares[0]).isCloseTo(0.25, within(1e-15));
    assertThat(shares[1]).isCloseTo(0.5, within(1e-15));
    assertThat(shares[2]).isCloseTo(0.25, within(1e-15));
    assertThat(PreferenceIndices.consensus(shares, 3)).isCloseTo(0.5, within(1e-15));
  }

  @Test
  void polarizationIsZeroForOneDirectionAndScaleFree() {
    double[] sameDirection = {1, 1, 3, 3, 0.2, 0.2};
    assertThat(PreferenceIndices.polarization(sameDirection, 3, 2)).isCloseTo(0, within(1e-15));
    double[] states = {1, 0.3, -2, 5, 0.7, 0.7};
    double[] scaled = {3, 0.9, -0.2, 0.5, 7, 7};
    assertThat(PreferenceIndices.polarization(scaled, 3, 2))
        .isCloseTo(PreferenceIndices.polarization(states, 3, 2), within(1e-15));
  }

  @Test
  void polarizationOfTwoOppositeHalvesIsTheShareOfCrossPairs() {
    for (int users : new int[] {2, 4, 10}) {
      double[] states = new double[users * 2];
      for (int n = 0; n < users; n++) {
        states[2 * n] = n < users / 2 ? 1 : -3;
      }
      // cross pairs (N/2)² at distance 1 among N(N − 1)/2 pairs
      assertThat(PreferenceIndices.polarization(states, users, 2))
          .isCloseTo(users / (2.0 * (users - 1)), within(1e-15));
    }
  }

  @Test
  void polarizationOfOrthogonalPairIsHalfTheSquareRootOfTwo() {
    assertThat(PreferenceIndices.polarization(new double[] {2, 0, 0, 5}, 2, 2))
        .isCloseTo(Math.sqrt(2) / 2, within(1e-15));
  }

  @Test
  void estimationErrorIsTheEuclideanDistance() {
    assertThat(PreferenceIndices.estimationError(new double[] {1, 2, 3}, new double[] {1, 5, 7}))
        .isCloseTo(5, within(1e-15));
    assertThatThrownBy(() -> PreferenceIndices.estimationError(new double[2], new double[3]))
        .hasMessageContaining("same dimension pq");
  }

  @Test
  void simplexPointIsTheSoftmaxOfExpectedRewardsAndMapsToTheTriangle() {
    double[] p = new double[3];
    double[] point = new double[2];
    double[] state = {0.3, 0.8};
    SimplexProjection.simplexPoint(state, 0, PRODUCTS, 8, p);
    double sum = 0;
    for (int k = 0; k < 3; k++) {
      sum += Math.exp(8 * PRODUCTS.dot(k, state, 0));
    }
    for (int k = 0; k < 3; k++) {
      assertThat(p[k]).isCloseTo(Math.exp(8 * PRODUCTS.dot(k, state, 0)) / sum, within(1e-15));
    }
    SimplexProjection.toPlane(new double[] {1, 0, 0}, point);
    assertThat(point).containsExactly(0, 0);
    SimplexProjection.toPlane(new double[] {0, 1, 0}, point);
    assertThat(point).containsExactly(1, 0);
    SimplexProjection.toPlane(new double[] {0, 0, 1}, point);
    assertThat(point[0]).isEqualTo(0.5);
    assertThat(point[1]).isCloseTo(Math.sqrt(3) / 2, within(1e-15));
    SimplexProjection.toPlane(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, point);
    assertThat(point[0]).isCloseTo(0.5, within(1e-15));
    assertThat(point[1]).isCloseTo(Math.sqrt(3) / 6, within(1e-15));
    assertThatThrownBy(() -> SimplexProjection.toPlane(new double[4], point))
        .hasMessageContaining("K = 3");
  }
}
