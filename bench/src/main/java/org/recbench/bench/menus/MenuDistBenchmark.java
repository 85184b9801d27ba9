package org.recbench.bench.menus;

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
import org.recbench.menus.menudist.MenuDist;
import org.recbench.menus.menudist.MenuTimes;

/**
 * MenuDist (paper 001, Lemma 1 and Appendix B.1): the time to build the menu distribution that
 * realises a target choice distribution at given scores, against n and k. Each invocation builds
 * for the next of 64 prepared (target, scores) pairs: scores uniform in [0.1, 1], targets flat
 * Dirichlet draws pulled into IRD ({@link MenuTimes#pullInto}), so about half of them lie on the
 * boundary max τ = 1 where the decomposition has the most stages. {@link #buildAndSample} adds
 * one menu draw, the per-round cost in Algorithms 2 and 3.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MenuDistBenchmark {

  private static final int INSTANCES = 64;

  /** Number of items n. */
  @Param({"10", "20", "50", "100"})
  public int n;

  /** Menu size k. */
  @Param({"2", "5", "10"})
  public int k;

  private double[][] targets;
  private double[][] scores;
  private MenuDist menuDist;
  private int[] menu;
  private SplittableRandom random;
  private int next;

  @Setup
  public void setUp() {
    if (k > n) {
      throw new IllegalArgumentException("k = " + k + " exceeds n = " + n);
    }
    SplittableRandom setup = new SplittableRandom(42);
    targets = new double[INSTANCES][n];
    scores = new double[INSTANCES][n];
    double[] draw = new double[n];
    for (int s = 0; s < INSTANCES; s++) {
      double total = 0;
      for (int i = 0; i < n; i++) {
        scores[s][i] = 0.1 + 0.9 * setup.nextDouble();
        draw[i] = -Math.log(1 - setup.nextDouble());
        total += draw[i];
      }
      for (int i = 0; i < n; i++) {
        draw[i] /= total;
      }
      MenuTimes.pullInto(draw, scores[s], k, targets[s]);
    }
    menuDist = new MenuDist(n, k);
    menu = new int[k];
    random = new SplittableRandom(7);
  }

  /** One construction. */
  @Benchmark
  public int build() {
    int s = next++ & (INSTANCES - 1);
    menuDist.build(targets[s], scores[s]);
    return menuDist.size();
  }

  /** One construction and one menu drawn from it. */
  @Benchmark
  public int buildAndSample() {
    int s = next++ & (INSTANCES - 1);
    menuDist.build(targets[s], scores[s]);
    menuDist.sample(random, menu);
    return menu[0];
  }
}
