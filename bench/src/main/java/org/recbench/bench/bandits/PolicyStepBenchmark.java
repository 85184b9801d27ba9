package org.recbench.bench.bandits;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.recbench.core.catalog.Catalog;
import org.recbench.core.run.TrialRunner;
import org.recbench.core.scenario.Configurations;
import org.recbench.core.trial.Budget;
import org.recbench.core.trial.ComponentConfig;
import org.recbench.core.trial.TrialResult;
import org.recbench.core.trial.TrialSpec;

/**
 * Cost per step of each bandit policy in the trial loop: trials of workload W1 ({@value #HORIZON}
 * steps on a 10-armed Bernoulli bandit with means linspace(0.1, 0.9, 10), the {@code regret}
 * metric) run by {@link TrialRunner}, in ns per step (environment, policy, metric and harness
 * together). With {@code profile=mixed} every W1 policy runs trials during the set-up, so the
 * trial loop's call sites have seen all four policies, as in a run of {@code
 * scenarios/bench/w1.json}; with {@code profile=one} only the measured policy ever ran.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = "-Xmx1g")
public class PolicyStepBenchmark {

  static final int HORIZON = 10_000;
  private static final List<String> POLICIES = List.of("bandit.ucb1", "bandit.thompson",
      "bandit.epsilon-greedy", "bandit.uniform");

  /** The policy measured. */
  @Param({"bandit.ucb1", "bandit.thompson", "bandit.epsilon-greedy", "bandit.uniform"})
  public String policy;

  /** Which policies ran in this JVM before the measurement: {@code one} or {@code mixed}. */
  @Param({"one", "mixed"})
  public String profile;

  private Catalog catalog;
  private TrialRunner runner;
  private ComponentConfig environment;
  private ComponentConfig measured;
  private ComponentConfig regret;
  private int seed;

  @Setup
  public void setUp() {
    catalog = Catalog.load();
    runner = new TrialRunner(catalog);
    double[] means = new double[10];
    for (int k = 0; k < means.length; k++) {
      means[k] = 0.1 + 0.8 * k / 9;
    }
    environment = configure("bandit.bernoulli", Map.of("arms", 10L, "means", means));
    regret = configure("regret", Map.of());
    measured = configure(policy, Map.of());
    if (profile.equals("mixed")) {
      for (int round = 0; round < 200; round++) {
        for (String other : POLICIES) {
          runner.run(spec(configure(other, Map.of()), round));
        }
      }
    } else if (!profile.equals("one")) {
      throw new IllegalArgumentException("profile must be one or mixed, was " + profile);
    }
  }

  /** One trial of W1 with the measured policy, a new seed each time. */
  @Benchmark
  @OperationsPerInvocation(HORIZON)
  public TrialResult trial() {
    return runner.run(spec(measured, seed++));
  }

  private TrialSpec spec(ComponentConfig policyConfig, int trialSeed) {
    return new TrialSpec("w1", environment, policyConfig, List.of(regret), trialSeed,
        new Budget(Budget.Unit.STEPS, HORIZON), List.of((long) HORIZON), 0);
  }

  private ComponentConfig configure(String id, Map<String, Object> set) {
    return Configurations.configure(catalog.find(id).orElseThrow().descriptor(), set);
  }
}
