package org.recbench.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.DataDispersion;
import org.apache.commons.statistics.inference.TTest;
import org.junit.jupiter.api.Test;
import org.recbench.population.learner.LeastSquaresRecommender;
import org.recbench.population.model.PopulationModel;
import org.recbench.population.model.StepClock;
import org.recbench.population.ode.OdeSolver;
import org.recbench.population.ode.OdeTrajectory;
import org.recbench.population.ode.PopulationOde;
import org.recbench.protocol.population.Population;

/**
 * Theorem 2 at work: the simulated preference states track the ODE, and they track it the more
 * closely the smaller the steps. With the clock offset t0 the steps are 1/(t0 + t + 1), so the mean
 * distance between simulated and ODE trajectories over the same ODE-time window must shrink when
 * t0 grows. Compared over seeds with a one-sided Welch t-test, never seed by seed.
 *
 * <p>Contains the test-only driver loop (arrival, recommendation, reward, adaptation).
 */
class SimulationTracksOdeTest {

  private static final double INVERSE_TEMPERATURE = 8;
  private static final double NOISE_SD = 0.1;
  private static final double HORIZON = 1.5;
  private static final int SAMPLES = 15;
  private static final int SEEDS = 30;

  @Test
  void meanDistanceToTheOdeShrinksAsTheClockOffsetGrows() {
    Population population = PaperInstances.initial();
    double[] small = meanDistances(population, 25);
    double[] large = meanDistances(population, 400);

    TTest.Result result = TTest.withDefaults().with(DataDispersion.HETEROSCEDASTIC)
        .with(AlternativeHypothesis.GREATER_THAN).test(small, large);
    assertThat(result.getPValue()).as("one-sided Welch p, mean %s vs %s", mean(small), mean(large))
        .isLessThan(1e-4);
    assertThat(mean(large)).as("mean distance at t0 = 400").isLessThan(0.5 * mean(small));
  }

  /** Per seed: the mean over the sample times of ‖Y_t − y(τ_t)‖ (all users stacked). */
  private static double[] meanDistances(Population population, long offset) {
    StepClock clock = new StepClock(offset);
    long[] steps = new long[SAMPLES];
    double[] times = new double[SAMPLES];
    for (int i = 0; i < SAMPLES; i++) {
      steps[i] = clock.firstStepReaching(HORIZON * (i + 1) / SAMPLES);
      times[i] = clock.odeTime(steps[i]);
    }
    PopulationOde ode = new PopulationOde(population, INVERSE_TEMPERATURE);
    OdeTrajectory trajectory = OdeSolver.withDefaultTolerances()
        .solve(ode, ode.initialState(PaperInstances.RIDGE / offset), times);
    int size = population.userCount() * population.productDimension();
    double[][] odeStates = new double[SAMPLES][size];
    for (int i = 0; i < SAMPLES; i++) {
      trajectory.copyPreferences(i, odeStates[i]);
    }

    double[] distances = new double[SEEDS];
    double[] simulated = new double[size];
    for (int seed = 0; seed < SEEDS; seed++) {
      SplittableRandom rng = new SplittableRandom(1000 * offset + seed);
      PopulationModel model = new PopulationModel(population, NOISE_SD, offset);
      LeastSquaresRecommender recommender = LeastSquaresRecommender.softmax(population.users(),
          population.products(), INVERSE_TEMPERATURE, PaperInstances.RIDGE);
      double sum = 0;
      for (int i = 0; i < SAMPLES; i++) {
        while (model.step() < steps[i]) {
          int user = model.nextUser(rng);
          int product = recommender.choose(user, rng);
          double reward = model.respond(user, product, rng);
          recommender.update(user, product, reward);
        }
        model.copyStates(simulated);
        double squares = 0;
        for (int j = 0; j < size; j++) {
          double diff = simulated[j] - odeStates[i][j];
          squares += diff * diff;
        }
        sum += Math.sqrt(squares);
      }
      distances[seed] = sum / SAMPLES;
    }
    return distances;
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }
}
