package org.recbench.population.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.apache.commons.statistics.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;
import org.recbench.population.PaperInstances;
import org.recbench.protocol.population.AttributeTable;
import org.recbench.protocol.population.Population;

class PopulationModelTest {

  private static Population singleUser(double[] initialState) {
    return Population.uniformArrivals(AttributeTable.of("users", new double[][] {{1}}),
        AttributeTable.of("products", new double[][] {{1, 0}, {0.6, 0.8}}),
        AttributeTable.of("initial states", new double[][] {initialState}));
  }

  @Test
  void withoutOffsetTheFirstStepReplacesTheStateByTheProduct() {
    PopulationModel model = new PopulationModel(singleUser(new double[] {5, -3}), 0, 0);
    model.respond(0, 1, new SplittableRandom(1));
    assertThat(model.state(0, 0)).isEqualTo(0.6);
    assertThat(model.state(0, 1)).isEqualTo(0.8);
  }

  @Test
  void aUserAlwaysShownOneProductMovesAlongTheRunningMeanWithOffsetWeight() {
    double[] y0 = {5, -3};
    for (long offset : new long[] {1, 10, 250}) {
      PopulationModel model = new PopulationModel(singleUser(y0), 0, offset);
      SplittableRandom rng = new SplittableRandom(2);
      for (int t = 1; t <= 500; t++) {
        model.respond(0, 1, rng);
        assertThat(model.state(0, 0)).isCloseTo((offset * y0[0] + t * 0.6) / (offset + t),
            within(1e-12));
        assertThat(model.state(0, 1)).isCloseTo((offset * y0[1] + t * 0.8) / (offset + t),
            within(1e-12));
      }
      assertThat(model.step()).isEqualTo(500);
      assertThat(model.odeTime()).isCloseTo(new StepClock(offset).odeTime(500), within(0.0));
    }
  }

  @Test
  void onlyTheArrivingUserMoves() {
    Population population = PaperInstances.initial();
    PopulationModel model = new PopulationModel(population, 0.5, 3);
    double[] before = new double[6];
    double[] after = new double[6];
    model.copyStates(before);
    model.respond(1, 0, new SplittableRandom(3));
    model.copyStates(after);
    assertThat(after[0]).isEqualTo(before[0]);
    assertThat(after[1]).isEqualTo(before[1]);
    assertThat(after[4]).isEqualTo(before[4]);
    assertThat(after[5]).isEqualTo(before[5]);
    assertThat(after[2]).isNotEqualTo(before[2]);
  }

  @Test
  void rewardIsThePreUpdateExpectedRewardPlusCenteredGaussianNoise() {
    Population population = PaperInstances.initial();
    double sd = 0.7;
    PopulationModel model = new PopulationModel(population, sd, 0);
    SplittableRandom rng = new SplittableRandom(4);
    int draws = 40_000;
    double sum = 0;
    double squares = 0;
    for (int i = 0; i < draws; i++) {
      int user = model.nextUser(rng);
      int product = i % 3;
      double expected = population.products().dot(product,
          new double[] {model.state(user, 0), model.state(user, 1)}, 0);
      assertThat(model.expectedReward(user, product)).isCloseTo(expected, within(1e-14));
      double residual = model.respond(user, product, rng) - expected;
      sum += residual;
      squares += residual * residual;
    }
    double mean = sum / draws;
    double variance = squares / draws - mean * mean;
    assertThat(mean).isCloseTo(0, within(5 * sd / Math.sqrt(draws)));
    // sd of the sample variance of a normal sample: σ² √(2/n)
    assertThat(variance).isCloseTo(sd * sd, within(5 * sd * sd * Math.sqrt(2.0 / draws)));
  }

  @Test
  void arrivalsFollowTheArrivalProbabilities() {
    double[] lambda = {0.5, 0, 0.2, 0.3};
    Population population = new Population(
        AttributeTable.of("users", new double[][] {{1}, {2}, {3}, {4}}),
        AttributeTable.of("products", new double[][] {{1}}), lambda,
        AttributeTable.of("initial states", new double[][] {{0}, {0}, {0}, {0}}));
    PopulationModel model = new PopulationModel(population, 0, 0);
    SplittableRandom rng = new SplittableRandom(5);
    long[] counts = new long[4];
    for (int i = 0; i < 50_000; i++) {
      counts[model.nextUser(rng)]++;
    }
    assertThat(counts[1]).as("a user with λ = 0").isZero();
    double p = ChiSquareTest.withDefaults().test(new double[] {0.5, 0.2, 0.3},
        new long[] {counts[0], counts[2], counts[3]}).getPValue();
    assertThat(p).isGreaterThan(1e-4);
  }

  @Test
  void resetRestoresTheInitialStatesAndTheClock() {
    Population population = PaperInstances.initial();
    PopulationModel model = new PopulationModel(population, 0.1, 0);
    SplittableRandom rng = new SplittableRandom(6);
    for (int i = 0; i < 10; i++) {
      model.respond(model.nextUser(rng), 2, rng);
    }
    model.reset();
    assertThat(model.step()).isZero();
    assertThat(model.state(2, 0)).isEqualTo(2.0);
    assertThat(model.state(1, 1)).isEqualTo(2.0);
  }

  @Test
  void badShapesAndProbabilitiesAreRejectedNamingTheParameter() {
    AttributeTable users = AttributeTable.of("users", new double[][] {{1}, {2}});
    AttributeTable products = AttributeTable.of("products", new double[][] {{1, 0}});
    AttributeTable states = AttributeTable.of("initial states", new double[][] {{0, 0}, {1, 1}});
    assertThatThrownBy(() -> new Population(users, products, new double[] {0.5, 0.6}, states))
        .hasMessageContaining("arrival probabilities").hasMessageContaining("sum");
    assertThatThrownBy(() -> new Population(users, products, new double[] {-0.5, 1.5}, states))
        .hasMessageContaining("arrival probabilities: entry 0");
    assertThatThrownBy(() -> Population.uniformArrivals(users, products,
        AttributeTable.of("initial states", new double[][] {{0}, {1}})))
        .hasMessageContaining("initial states").hasMessageContaining("q = 2");
    assertThatThrownBy(() -> new PopulationModel(Population.uniformArrivals(users, products,
        states), -1, 0)).hasMessageContaining("reward noise sd");
    assertThatThrownBy(() -> AttributeTable.of("users", new double[][] {{1, 2}, {3}}))
        .hasMessageContaining("users: row 1 has 1 entries; expected 2");
    assertThatThrownBy(() -> AttributeTable.of("users", new double[][] {{Double.NaN}}))
        .hasMessageContaining("users: entry [0][0] is NaN");
  }
}
