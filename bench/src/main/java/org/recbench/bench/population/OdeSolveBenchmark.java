package org.recbench.bench.population;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.recbench.population.model.AttributeGenerators;
import org.recbench.population.ode.OdeSolver;
import org.recbench.population.ode.OdeTrajectory;
import org.recbench.population.ode.PopulationOde;
import org.recbench.protocol.population.AttributeTable;
import org.recbench.protocol.population.Population;

/**
 * Wall time of one solve of the Theorem 2 ODE (Lankireddy et al. 2024, Eq. 13) from
 * s(0) = 0.001 I to τ = 1000 with Hipparchus' Dormand–Prince 8(5,3) at tolerances 1e-10, a = 8:
 * the 3-user instance of Fig. 3a (state dimension 48) and the large instance of Fig. 4a
 * (N = 100, K = 10, p = q = 5: dimension 1,150).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class OdeSolveBenchmark {

  /** The instance. */
  @Param({"fig3a", "fig4a"})
  public String instance;

  private PopulationOde ode;
  private double[] initial;

  @Setup
  public void setUp() {
    Population population;
    if (instance.equals("fig3a")) {
      population = Population.uniformArrivals(
          AttributeTable.of("users", new double[][] {{1, 2, 3}, {2, 3, 1}, {3, 1, 2}}),
          AttributeGenerators.unitVectorsAtDegrees("products", 1, 45, 89),
          AttributeTable.of("initial states", new double[][] {{2, 0}, {0, 2}, {2, 2}}));
    } else {
      SplittableRandom draws = new SplittableRandom(1);
      population = Population.uniformArrivals(
          AttributeGenerators.uniform("users", 100, 5, draws),
          AttributeGenerators.normalisedUniform("products", 10, 5, draws),
          AttributeGenerators.uniform("initial states", 100, 5, draws));
    }
    ode = new PopulationOde(population, 8);
    initial = ode.initialState(0.001);
  }

  /** Integrates to τ = 1000, sampling the end only. */
  @Benchmark
  public OdeTrajectory solveToOneThousand() {
    return OdeSolver.withDefaultTolerances().solve(ode, initial, new double[] {1000});
  }
}
