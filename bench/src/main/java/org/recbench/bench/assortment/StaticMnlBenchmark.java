package org.recbench.bench.assortment;

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
import org.recbench.lib.mnl.StaticMnl;

/**
 * StaticMNL (Rusmevichientong, Shen and Shmoys 2010) against the number of items N: exact
 * capacity-constrained assortment optimisation on 16 pre-drawn instances in turn, utilities
 * N(0, 2²) and revenues uniform on [0.5, 1.5], capacity K = min(5, N) and min(N/10, N).
 * The sweep is O(N² log N) in the worst case.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StaticMnlBenchmark {

  private static final int INSTANCES = 16;

  /** N. */
  @Param({"10", "30", "100", "300", "1000"})
  public int items;

  /** "5" for K = 5, "tenth" for K = N / 10. */
  @Param({"5", "tenth"})
  public String capacity;

  private double[][] utilities;
  private double[][] revenues;
  private int k;
  private int[] out;
  private final StaticMnl solver = new StaticMnl();
  private int next;

  @Setup
  public void setUp() {
    SplittableRandom rng = new SplittableRandom(11);
    k = capacity.equals("tenth") ? Math.max(1, items / 10) : Math.min(5, items);
    out = new int[k];
    utilities = new double[INSTANCES][items];
    revenues = new double[INSTANCES][items];
    for (int s = 0; s < INSTANCES; s++) {
      for (int i = 0; i < items; i++) {
        utilities[s][i] = 2.0 * rng.nextGaussian();
        revenues[s][i] = 0.5 + rng.nextDouble();
      }
    }
  }

  /** One optimisation. */
  @Benchmark
  public int solve() {
    int s = next;
    next = (next + 1) % INSTANCES;
    return solver.solve(utilities[s], revenues[s], items, k, out);
  }
}
