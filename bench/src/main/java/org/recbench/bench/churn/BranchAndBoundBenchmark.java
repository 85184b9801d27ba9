package org.recbench.bench.churn;

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
 * Planning time of Algorithm 1 (paper 002) with {@code churn.bnb}'s defaults (ε = 1e-6, at most
 * 1,000,000 prefixes, depth-first, dominance pruning on) on the paper generator's instances
 * ({@link Fig2Instances}): rectangular (512–2048 × 3), square (4–12) and wide (16 or 64
 * categories, 2 or 3 types), numpy seeds 0–9; and the two 512 × 3 instances on which the search
 * without dominance pruning spends its budget, with and without it. Prefix counts and the
 * comparison with SARSOP come from {@link BranchAndBoundVsSarsop}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BranchAndBoundBenchmark {

  /** Settings of {@code churn.bnb} with its default parameters. */
  static BranchAndBound.Settings settings(boolean transpositions) {
    return new BranchAndBound.Settings(1e-6, 1_000_000, 0, BranchAndBound.Order.DEPTH_FIRST,
        transpositions);
  }

  /** An instance of one benchmark configuration. */
  @State(Scope.Benchmark)
  public abstract static class Planned {
    ChurnInstance instance;
    BranchAndBound.Settings settings = settings(true);

    /** The configuration's instance. */
    abstract ChurnInstance build();

    @Setup
    public void setUp() {
      instance = build();
    }
  }

  /** Fig. 2(a): many types, three categories. */
  public static class Rectangular extends Planned {
    @Param({"512", "1024", "2048"})
    int types;
    @Param({"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"})
    long seed;

    @Override
    ChurnInstance build() {
      return ChurnInstance.of(SyntheticInstances.paper(types, 3, seed));
    }
  }

  /** Fig. 2(b): as many types as categories. */
  public static class Square extends Planned {
    @Param({"4", "5", "6", "7", "8", "9", "10", "11", "12"})
    int size;
    @Param({"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"})
    long seed;

    @Override
    ChurnInstance build() {
      return ChurnInstance.of(SyntheticInstances.paper(size, size, seed));
    }
  }

  /** Fig. 2(c): many categories, two or three types. */
  public static class Wide extends Planned {
    @Param({"2", "3"})
    int types;
    @Param({"16", "64"})
    int categories;
    @Param({"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"})
    long seed;

    @Override
    ChurnInstance build() {
      return ChurnInstance.of(SyntheticInstances.paper(types, categories, seed));
    }
  }

  /**
   * The 512 × 3 instances (numpy seeds 5 and 21) where Algorithm 1 without dominance pruning
   * stops at its 1,000,000-prefix budget.
   */
  public static class Hard extends Planned {
    @Param({"5", "21"})
    long seed;
    @Param({"true", "false"})
    boolean transpositions;

    @Override
    ChurnInstance build() {
      settings = settings(transpositions);
      return ChurnInstance.of(SyntheticInstances.paper(512, 3, seed));
    }
  }

  /** Plans one rectangular instance. */
  @Benchmark
  public BranchAndBound.Result rectangular(Rectangular state) {
    return plan(state);
  }

  /** Plans one square instance. */
  @Benchmark
  public BranchAndBound.Result square(Square state) {
    return plan(state);
  }

  /** Plans one wide instance. */
  @Benchmark
  public BranchAndBound.Result wide(Wide state) {
    return plan(state);
  }

  /** Plans a hard instance, with or without dominance pruning. */
  @Benchmark
  public BranchAndBound.Result hard(Hard state) {
    return plan(state);
  }

  private static BranchAndBound.Result plan(Planned state) {
    return BranchAndBound.solve(state.instance, state.settings);
  }
}
