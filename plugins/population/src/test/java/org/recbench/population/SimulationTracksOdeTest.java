package org.recbench.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.DataDispersion;
import org.apache.commons.statistics.inference.TTest;
import org.junit.jupiter.api.Test;
import org.recbench.core.trial.Checkpoint;
import org.recbench.core.trial.MetricVector;
import org.recbench.population.model.StepClock;
import org.recbench.population.ode.OdeLimit;
import org.recbench.population.ode.OdeSolver;
import org.recbench.population.ode.OdeTrajectory;
import org.recbench.population.ode.PopulationOde;
import org.recbench.protocol.population.Population;
import org.recbench.testkit.TrialOutcome;

/**
 * Theorem 2 at work, through the real harness: the preference states of
 * {@code population.softmax-ls} on {@code population.linear} track the ODE, and the more closely
 * the smaller the steps. With the clock offset t0 the steps are 1/(t0 + t + 1), so the mean
 * distance between the simulated and the ODE trajectories over the same ODE-time window must
 * shrink when t0 grows. Compared over seeds with a one-sided Welch t-test, never seed by seed.
 */
class SimulationTracksOdeTest {

  private static final double INVERSE_TEMPERATURE = 8;
  private static final double NOISE_SD = 0.1;
  private static final double HORIZON = 1.5;
  private static final int SAMPLES = 15;
  private static final int SEEDS = 30;

  @Test
  void meanDistanceToTheOdeShrinksAsTheClockOffsetGrows() {
    double[] small = meanDistances(25);
    double[] large = meanDistances(400);

    TTest.Result result = TTest.withDefaults().with(DataDispersion.HETEROSCEDASTIC)
        .with(AlternativeHypothesis.GREATER_THAN).test(small, large);
    assertThat(result.getPValue()).as("one-sided Welch p, mean %s vs %s", mean(small), mean(large))
        .isLessThan(1e-4);
    assertThat(mean(large)).as("mean distance at t0 = 400").isLessThan(0.5 * mean(small));
  }

  /**
   * Per seed: the mean over the checkpoints t_i (the first steps reaching τ = 0.1, 0.2, … 1.5)
   * of ‖Y_{t_i} − y(τ_{t_i})‖, all users stacked, with the ODE started from s(0) = ζ/t0 as the
   * softmax-ls analysis starts it.
   */
  private static double[] meanDistances(long offset) {
    StepClock clock = new StepClock(offset);
    long[] steps = new long[SAMPLES];
    double[] times = new double[SAMPLES];
    for (int i = 0; i < SAMPLES; i++) {
      steps[i] = clock.firstStepReaching(HORIZON * (i + 1) / SAMPLES);
      times[i] = clock.odeTime(steps[i]);
    }
    Population population = PaperInstances.initial();
    PopulationOde ode = new PopulationOde(population, INVERSE_TEMPERATURE);
    OdeTrajectory trajectory = OdeSolver.withDefaultTolerances().solve(ode,
        ode.initialState(OdeLimit.initialGramScale(PaperInstances.RIDGE, offset)), times);
    int size = population.userCount() * population.productDimension();
    double[] odeStates = new double[size];

    List<TrialOutcome> runs = Populations.trial("population.linear", "population.softmax-ls")
        .environmentParams(Populations.paperInstance(offset, NOISE_SD))
        .policyParams(Map.of("inverse-temperature", INVERSE_TEMPERATURE,
            "ridge", PaperInstances.RIDGE, "ode-horizon", 0))
        .metric("population.states").horizon(steps[SAMPLES - 1]).checkpoints(steps)
        .seeds(SEEDS).run();
    double[] distances = new double[SEEDS];
    for (TrialOutcome run : runs) {
      assertThat(run.ok()).as(run.error()).isTrue();
      List<Checkpoint> checkpoints = run.checkpoints();
      assertThat(checkpoints).hasSize(SAMPLES);
      double sum = 0;
      for (int i = 0; i < SAMPLES; i++) {
        assertThat(checkpoints.get(i).at()).isEqualTo(steps[i]);
        MetricVector simulated = checkpoints.get(i).vectors().get("population.states");
        trajectory.copyPreferences(i, odeStates);
        double squares = 0;
        for (int j = 0; j < size; j++) {
          double diff = simulated.value(j) - odeStates[j];
          squares += diff * diff;
        }
        sum += Math.sqrt(squares);
      }
      distances[run.seed()] = sum / SAMPLES;
    }
    return distances;
  }

  private static double mean(double[] values) {
    return Arrays.stream(values).average().orElseThrow();
  }
}
