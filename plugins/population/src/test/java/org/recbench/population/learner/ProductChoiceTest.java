package org.recbench.population.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.apache.commons.statistics.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;

class ProductChoiceTest {

  @Test
  void softmaxProbabilitiesAreEq5() {
    double[] scores = {0.3, -1.2, 0.9, 0.0};
    double a = 2.5;
    double[] probabilities = new double[4];
    ProductChoice.probabilities(scores, 4, a, probabilities);
    double normaliser = 0;
    for (double s : scores) {
      normaliser += Math.exp(a * s);
    }
    for (int k = 0; k < 4; k++) {
      assertThat(probabilities[k]).isCloseTo(Math.exp(a * scores[k]) / normaliser, within(1e-15));
    }
  }

  @Test
  void softmaxDrawsFollowTheirProbabilities() {
    double[] scores = {0.3, -1.2, 0.9, 0.0};
    double[] probabilities = new double[4];
    ProductChoice.probabilities(scores, 4, 1.7, probabilities);
    SplittableRandom rng = new SplittableRandom(1);
    long[] counts = new long[4];
    double[] buffer = new double[4];
    for (int i = 0; i < 100_000; i++) {
      System.arraycopy(scores, 0, buffer, 0, 4);
      counts[ProductChoice.sample(buffer, 4, 1.7, rng)]++;
    }
    assertThat(ChiSquareTest.withDefaults().test(probabilities, counts).getPValue())
        .isGreaterThan(1e-4);
  }

  @Test
  void greedyBreaksExactTiesUniformlyAndNeverPicksOthers() {
    double[] scores = {1, 3, 3, 0, 3};
    SplittableRandom rng = new SplittableRandom(2);
    long[] counts = new long[5];
    for (int i = 0; i < 30_000; i++) {
      counts[ProductChoice.sample(scores, 5, Double.POSITIVE_INFINITY, rng)]++;
    }
    assertThat(counts[0] + counts[3]).isZero();
    assertThat(ChiSquareTest.withDefaults().test(new long[] {counts[1], counts[2], counts[4]})
        .getPValue()).isGreaterThan(1e-4);
    double[] probabilities = new double[5];
    ProductChoice.probabilities(scores, 5, Double.POSITIVE_INFINITY, probabilities);
    assertThat(probabilities).containsExactly(0, 1.0 / 3, 1.0 / 3, 0, 1.0 / 3);
  }

  @Test
  void softmaxTendsToTheGreedyChoiceAsTheInverseTemperatureGrows() {
    double[] scores = {1, 3, 3, 0, 2.99};
    double[] softmax = new double[5];
    double[] greedy = new double[5];
    ProductChoice.probabilities(scores, 5, 1e4, softmax);
    ProductChoice.probabilities(scores, 5, Double.POSITIVE_INFINITY, greedy);
    for (int k = 0; k < 5; k++) {
      assertThat(softmax[k]).isCloseTo(greedy[k], within(1e-12));
    }
  }

  @Test
  void zeroInverseTemperatureIsUniform() {
    double[] probabilities = new double[3];
    ProductChoice.probabilities(new double[] {5, -5, 0}, 3, 0, probabilities);
    assertThat(probabilities).containsExactly(1.0 / 3, 1.0 / 3, 1.0 / 3);
  }

  @Test
  void negativeOrNanInverseTemperatureIsRejected() {
    assertThatThrownBy(() -> ProductChoice.checkInverseTemperature(-1))
        .hasMessageContaining("inverse temperature a");
    assertThatThrownBy(() -> ProductChoice.checkInverseTemperature(Double.NaN))
        .hasMessageContaining("inverse temperature a");
  }
}
