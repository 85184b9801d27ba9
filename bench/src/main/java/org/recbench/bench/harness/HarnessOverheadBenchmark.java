package org.recbench.bench.harness;

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
import org.recbench.api.Capabilities;
import org.recbench.api.Environment;
import org.recbench.api.Outcome;
import org.recbench.api.Policy;
import org.recbench.api.bandit.Arm;
import org.recbench.api.bandit.BanditObservation;
import org.recbench.core.catalog.Catalog;
import org.recbench.core.run.Seeds;
import org.recbench.core.run.TrialRunner;
import org.recbench.core.scenario.ParamValues;
import org.recbench.core.trial.Budget;
import org.recbench.core.trial.ComponentConfig;
import org.recbench.core.trial.TrialResult;
import org.recbench.core.trial.TrialSpec;

/**
 * Harness overhead: one trial of {@value #HORIZON} steps of UCB1 on a 10-armed Bernoulli bandit,
 * run by {@link TrialRunner} (with the scenario's metrics and checkpoints) versus a bare
 * hand-written loop over the same environment and policy objects built from the same streams.
 * Scores are nanoseconds per step; the overhead ratio is harness / bare.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = "-Xmx1g")
public class HarnessOverheadBenchmark {

  static final int HORIZON = 100_000;

  /** The metric the harness records: cumulative reward, or regret (which queries the oracle). */
  @Param({"reward", "regret"})
  public String metrics;

  private Catalog catalog;
  private TrialRunner runner;
  private TrialSpec spec;

  @Setup
  public void setUp() {
    catalog = Catalog.load();
    runner = new TrialRunner(catalog);
    ComponentConfig environment = new ComponentConfig("bandit.bernoulli",
        defaults("bandit.bernoulli", Map.of("arms", 10L)), "bandit.bernoulli");
    ComponentConfig policy = new ComponentConfig("bandit.ucb1", defaults("bandit.ucb1", Map.of()),
        "bandit.ucb1");
    spec = new TrialSpec("bench", environment, policy, List.of(metrics), 0,
        new Budget(Budget.Unit.STEPS, HORIZON), List.of(1_000L, 10_000L, (long) HORIZON), 0);
  }

  /** The harness: {@link TrialRunner#run} with metrics and checkpoints. */
  @Benchmark
  @OperationsPerInvocation(HORIZON)
  public TrialResult harness() {
    return runner.run(spec);
  }

  /** The same trial as a bare loop: act, step, learn, sum rewards. */
  @Benchmark
  @OperationsPerInvocation(HORIZON)
  @SuppressWarnings("unchecked")
  public double bareLoop() {
    Environment<BanditObservation, Arm, Double> environment =
        (Environment<BanditObservation, Arm, Double>) catalog.environment("bandit.bernoulli")
            .factory().create(spec.environment().toParams(), Seeds.environment(spec),
                Capabilities.NONE);
    Policy<BanditObservation, Arm, Double> policy =
        (Policy<BanditObservation, Arm, Double>) catalog.policy("bandit.ucb1").factory()
            .create(spec.policy().toParams(), Seeds.policy(spec), Capabilities.NONE);
    double total = 0;
    BanditObservation observation = environment.reset();
    policy.startEpisode();
    for (int t = 0; t < HORIZON; t++) {
      Arm arm = policy.act(observation);
      Outcome<BanditObservation, Double> outcome = environment.step(arm);
      policy.learn(observation, arm, outcome.feedback());
      total += outcome.reward();
      observation = outcome.next();
    }
    return total;
  }

  private Map<String, Object> defaults(String id, Map<String, Object> overrides) {
    Map<String, Object> values = new java.util.LinkedHashMap<>();
    catalog.find(id).orElseThrow().descriptor().parameters().forEach(p ->
        ParamValues.defaultOf(id, p).ifPresent(value -> values.put(p.name(), value)));
    values.putAll(overrides);
    return values;
  }
}
