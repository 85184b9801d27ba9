package org.recbench.bench.churn;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.recbench.churn.bnb.BranchAndBound;
import org.recbench.churn.model.ChurnInstance;
import org.recbench.churn.model.SyntheticInstances;

/**
 * Planning time of Algorithm 1 (paper 002) with the settings of {@code churn.bnb}'s defaults
 * (ε = 1e-6, at most 1,000,000 prefixes) on instances of the App. F.1 generator: a subset of the
 * Fig. 2 grid, rectangular instances with 3 categories and 512 to 2048 types, and one instance
 * where the search runs into its budget. Nodes expanded
 * are deterministic; {@link BranchAndBoundNodes} prints them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BranchAndBoundBenchmark {

  /** Settings of {@code churn.bnb} with its default parameters. */
  static BranchAndBound.Settings settings(BranchAndBound.Order order) {
    return new BranchAndBound.Settings(1e-6, 1_000_000, 0, order);
  }

  /** The generator's instance for (types, categories, seed). */
  static ChurnInstance instance(int types, int categories, long seed) {
    return ChurnInstance.of(SyntheticInstances.generate(types, categories,
        new SplittableRandom(seed)));
  }

  /** An instance and the search settings of one benchmark configuration. */
  @State(Scope.Benchmark)
  public abstract static class Planned {
    @Param({"DEPTH_FIRST", "BREADTH_FIRST"})
    BranchAndBound.Order order;

    ChurnInstance instance;
    BranchAndBound.Settings settings;

    /** The configuration's instance. */
    abstract ChurnInstance build();

    @Setup
    public void setUp() {
      instance = build();
      settings = settings(order);
    }
  }

  /** Fig. 2 grid subset. */
  public static class Grid extends Planned {
    @Param({"2", "4", "8"})
    int types;
    @Param({"2", "4", "8"})
    int categories;
    @Param({"0", "1"})
    long seed;

    @Override
    ChurnInstance build() {
      return instance(types, categories, seed);
    }
  }

  /** Rectangular instances: few categories, many types. */
  public static class Rectangular extends Planned {
    @Param({"512", "1024", "2048"})
    int types;
    @Param({"0", "1"})
    long seed;

    @Override
    ChurnInstance build() {
      return instance(types, 3, seed);
    }
  }

  /**
   * A 6 × 2 instance (generator seed 13) with two near-certain types whose favourites differ:
   * the bounds close slowly and the search stops at its node budget.
   */
  public static class Hard extends Planned {
    @Override
    ChurnInstance build() {
      return instance(6, 2, 13);
    }
  }

  /** Plans one instance of the Fig. 2 grid. */
  @Benchmark
  public BranchAndBound.Result fig2Grid(Grid state) {
    return plan(state);
  }

  /** Plans one rectangular instance (A = 3). */
  @Benchmark
  public BranchAndBound.Result rectangular(Rectangular state) {
    return plan(state);
  }

  /** Plans the hard instance until the node budget is spent. */
  @Benchmark
  public BranchAndBound.Result budgetBound(Hard state) {
    return plan(state);
  }

  private static BranchAndBound.Result plan(Planned state) {
    return BranchAndBound.solve(state.instance, state.settings);
  }
}
