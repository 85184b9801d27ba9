package org.recbench.population.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.recbench.population.Populations.environment;
import static org.recbench.population.Populations.paperInstance;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.recbench.api.Capabilities;
import org.recbench.api.ComponentType;
import org.recbench.api.Environment;
import org.recbench.api.Metric;
import org.recbench.api.Params;
import org.recbench.api.VectorMetric;
import org.recbench.protocol.population.LinearEstimate;
import org.recbench.protocol.population.PopulationProtocol;

/**
 * The metrics on the paper's initial states y(0) = [2,0], [0,2], [2,2] with products at 1°, 45°
 * and 89°, against values worked out by hand: user 1 prefers product 1 (w_1ᵀy_1 = 2 cos 1°),
 * user 2 product 3 (2 sin 89°) and user 3 product 2 (2√2).
 */
class PopulationMetricsTest {

  private static final LinearEstimate ZERO = new LinearEstimate() {
    @Override
    public void copyEstimate(double[] dest) {
      Arrays.fill(dest, 0);
    }

    @Override
    public double inverseTemperature() {
      return 8;
    }
  };

  private static Metric<?, ?, ?> metric(ComponentType<Metric<?, ?, ?>> type) {
    Environment<?, ?, ?> environment = environment(paperInstance(0, 0.1));
    environment.reset();
    Capabilities capabilities = Capabilities.of(Map.of(
        PopulationProtocol.STATE.id(), environment.capability(PopulationProtocol.STATE).get(),
        PopulationProtocol.DYNAMICS.id(),
        environment.capability(PopulationProtocol.DYNAMICS).get(),
        PopulationProtocol.ESTIMATE.id(), ZERO));
    return type.factory().create(Params.empty(), new SplittableRandom(1), capabilities);
  }

  private static double[] vector(ComponentType<Metric<?, ?, ?>> type) {
    VectorMetric<?, ?, ?> metric = (VectorMetric<?, ?, ?>) metric(type);
    double[] values = new double[metric.labels().size()];
    metric.values(values);
    return values;
  }

  @Test
  void sharesConsensusAndPolarizationOfTheInitialStates() {
    assertThat(vector(PopulationMetrics.SHARES)).containsExactly(1.0 / 3, 1.0 / 3, 1.0 / 3);
    assertThat(metric(PopulationMetrics.CONSENSUS).value()).isEqualTo(1.0 / 3);
    // directions [1,0], [0,1], [1,1]/√2: pair distances /2 are √2/2, √(2 − √2)/2 twice
    double expected = (Math.sqrt(2) / 2 + Math.sqrt(2 - Math.sqrt(2))) / 3;
    assertThat(metric(PopulationMetrics.POLARIZATION).value()).isCloseTo(expected, within(1e-15));
  }

  @Test
  void statesAreReportedUserByUserWithLabels() {
    VectorMetric<?, ?, ?> states = (VectorMetric<?, ?, ?>) metric(PopulationMetrics.STATES);
    assertThat(states.labels()).containsExactly("user 1 y1", "user 1 y2", "user 2 y1",
        "user 2 y2", "user 3 y1", "user 3 y2");
    assertThat(vector(PopulationMetrics.STATES)).containsExactly(2, 0, 0, 2, 2, 2);
  }

  @Test
  void simplexPointsAreTheSoftmaxOfTheUsersExpectedRewardsAtThePolicysTemperature() {
    double[] points = vector(PopulationMetrics.SIMPLEX);
    double[] scores = {2 * Math.cos(Math.toRadians(1)), 2 * Math.cos(Math.toRadians(45)),
        2 * Math.cos(Math.toRadians(89))};
    double sum = 0;
    for (double s : scores) {
      sum += Math.exp(8 * s);
    }
    for (int k = 0; k < 3; k++) {
      assertThat(points[k]).isCloseTo(Math.exp(8 * scores[k]) / sum, within(1e-12));
    }
    assertThat(points[0] + points[1] + points[2]).isCloseTo(1, within(1e-12));
  }

  @Test
  void theEstimationErrorOfAZeroEstimateIsTheNormOfTheTrueTheta() {
    // N = p: θ(y) solves y_n = Θᵀ v_n exactly, Θ = V⁻¹Y (by hand, det V = −18); for θ̂ = 0 the
    // error is ‖Θ‖_F
    double[][] theta = {{4.0 / 18, 16.0 / 18}, {-8.0 / 18, 4.0 / 18}, {16.0 / 18, -8.0 / 18}};
    double norm = 0;
    for (double[] row : theta) {
      for (double x : row) {
        norm += x * x;
      }
    }
    assertThat(metric(PopulationMetrics.ESTIMATION_ERROR).value())
        .isCloseTo(Math.sqrt(norm), within(1e-9));
  }
}
