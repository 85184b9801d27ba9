package org.recbench.bench.harness;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.recbench.api.Capabilities;
import org.recbench.api.Environment;
import org.recbench.api.Outcome;
import org.recbench.api.Policy;
import org.recbench.core.catalog.Catalog;
import org.recbench.core.run.Seeds;
import org.recbench.core.run.TrialRunner;
import org.recbench.core.scenario.Configurations;
import org.recbench.core.trial.Budget;
import org.recbench.core.trial.ComponentConfig;
import org.recbench.core.trial.TrialResult;
import org.recbench.core.trial.TrialSpec;

/**
 * Harness overhead: one trial of {@value #HORIZON} steps run by {@link TrialRunner} (with one
 * metric at three checkpoints) versus a bare hand-written loop over the same environment and
 * policy objects built from the same streams, for every bundled environment that needs no data
 * file: UCB1 on 10-armed Bernoulli and Gaussian bandits, the random baselines on the churn
 * environments, on the large population of Lankireddy et al. (N = 100, K = 10, p = q = 5) and
 * on the adaptive-menus environment of Brown and Agarwal (6 items, menus of 2, smooth
 * preferences, games of 10,000 rounds) and on the assortment environments (d1 = d2 = 10, N = 20,
 * K = 5, and a 5-item context-free instance). Scores are nanoseconds per step; the overhead
 * ratio is harness / bare, and {@code -prof gc} gives the bytes allocated per step.
 *
 * <p>{@link #paired} runs one harness trial and one bare trial per invocation, in alternating
 * order, and counts the CPU time of each ({@link PairedCpu}): both sides see the same load within
 * tens of milliseconds, so their ratio holds on a machine whose load changes from second to
 * second, where comparing two separately measured scores does not.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = "-Xmx1g")
public class HarnessOverheadBenchmark {

  static final int HORIZON = 100_000;

  /** The environment: a configuration that needs no data file. */
  @Param({"bandit.bernoulli", "bandit.gaussian", "churn.synthetic", "churn.matrix",
      "population.linear", "menus.discounted", "assortment.lowrank", "assortment.fixed"})
  public String environment;

  /** The metric the harness records: cumulative reward, or regret (not on churn). */
  @Param({"reward", "regret"})
  public String metric;

  private Catalog catalog;
  private TrialRunner runner;
  private TrialSpec spec;

  @Setup
  public void setUp() {
    catalog = Catalog.load();
    runner = new TrialRunner(catalog);
    boolean bandit = environment.startsWith("bandit.");
    boolean population = environment.startsWith("population.");
    boolean menus = environment.startsWith("menus.");
    boolean assortment = environment.startsWith("assortment.");
    if (!bandit && !population && !menus && !assortment && metric.equals("regret")) {
      throw new IllegalArgumentException("the churn environments know no per-step regret; "
          + "run them with -p metric=reward");
    }
    ComponentConfig env = configure(environment, switch (environment) {
      case "bandit.bernoulli", "bandit.gaussian" -> Map.of("arms", 10L);
      case "population.linear" -> Map.of("user-count", 100L, "user-dimension", 5L,
          "product-count", 10L, "product-dimension", 5L, "instance-seed", 1L);
      case "churn.matrix" -> Map.of("prior", new double[] {0.5, 0.5},
          "like", new double[][] {{0.9, 0.2}, {0.3, 0.95}});
      case "assortment.fixed" -> Map.of("utilities", new double[] {1.0, 0.5, 0.0, -0.5, 2.0},
          "capacity", 2L);
      default -> Map.of();
    });
    ComponentConfig policy = configure(bandit ? "bandit.ucb1"
        : population ? "population.random" : menus ? "menus.random"
        : assortment ? "baseline.random-assortment" : "baseline.random", Map.of());
    spec = new TrialSpec("bench", env, policy, List.of(configure(metric, Map.of())), 0,
        new Budget(Budget.Unit.STEPS, HORIZON), List.of(1_000L, 10_000L, (long) HORIZON), 0);
  }

  /** The harness: {@link TrialRunner#run} with metrics and checkpoints. */
  @Benchmark
  @OperationsPerInvocation(HORIZON)
  public TrialResult harness() {
    return runner.run(spec);
  }

  /** The same trial as a bare loop: act, step, learn, sum rewards, restart ended episodes. */
  @Benchmark
  @OperationsPerInvocation(HORIZON)
  @SuppressWarnings("unchecked")
  public double bareLoop() {
    Environment<Object, Object, Object> env = runner.environment(spec);
    Policy<Object, Object, Object> policy = (Policy<Object, Object, Object>) catalog
        .policy(spec.policy().id()).factory()
        .create(spec.policy().toParams(), Seeds.policy(spec), Capabilities.NONE);
    double total = 0;
    Object observation = env.reset();
    policy.startEpisode();
    for (int t = 0; t < HORIZON; t++) {
      Object action = policy.act(observation);
      Outcome<Object, Object> outcome = env.step(action);
      policy.learn(observation, action, outcome.feedback());
      total += outcome.reward();
      if (outcome.episodeOver()) {
        observation = env.reset();
        policy.startEpisode();
      } else {
        observation = outcome.next();
      }
    }
    return total;
  }

  /** CPU nanoseconds of the harness and bare trials of {@link #paired} in one iteration. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class PairedCpu {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** CPU time of the harness trials, ns. */
    public long harnessNanos;
    /** CPU time of the bare trials, ns. */
    public long bareNanos;
    private boolean harnessFirst;

    /** Starts the counts of an iteration. */
    @Setup(Level.Iteration)
    public void clear() {
      harnessNanos = 0;
      bareNanos = 0;
    }

    long now() {
      return THREADS.getCurrentThreadCpuTime();
    }
  }

  /** A harness trial and a bare trial, their CPU times added to {@code cpu}. */
  @Benchmark
  @OperationsPerInvocation(2 * HORIZON)
  public double paired(PairedCpu cpu) {
    double sink;
    long start = cpu.now();
    if (cpu.harnessFirst) {
      sink = harness().checkpoints().size();
      long middle = cpu.now();
      sink += bareLoop();
      cpu.harnessNanos += middle - start;
      cpu.bareNanos += cpu.now() - middle;
    } else {
      sink = bareLoop();
      long middle = cpu.now();
      sink += harness().checkpoints().size();
      cpu.bareNanos += middle - start;
      cpu.harnessNanos += cpu.now() - middle;
    }
    cpu.harnessFirst = !cpu.harnessFirst;
    return sink;
  }

  private ComponentConfig configure(String id, Map<String, Object> set) {
    return Configurations.configure(catalog.find(id).orElseThrow().descriptor(), set);
  }
}
