package org.recbench.bench.menus;

import java.util.LinkedHashMap;
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
import org.recbench.api.Capability;
import org.recbench.api.ComponentType;
import org.recbench.api.Environment;
import org.recbench.api.Outcome;
import org.recbench.api.Policy;
import org.recbench.core.catalog.Catalog;
import org.recbench.core.run.Seeds;
import org.recbench.core.run.TrialRunner;
import org.recbench.core.scenario.Configurations;
import org.recbench.core.trial.Budget;
import org.recbench.core.trial.ComponentConfig;
import org.recbench.core.trial.TrialSpec;

/**
 * Rounds per second of each menus policy (paper 001) at n = 20 items and menus of k = 5: one
 * game of {@value #ROUNDS} rounds on {@code menus.discounted} (smooth preferences, L = 1,
 * λ = 4/19, memory T^{3/4}, Bernoulli rewards), a bare act/step/learn loop over the objects the
 * harness would build (same streams, the capabilities each policy declares). The environment's
 * own cost per round — scores at the current memory, the per-step best menu, the choice — is
 * the {@code menus.random} row; a policy's cost is its row minus that one. The score is the time
 * per round.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class MenuRoundsBenchmark {

  static final int ROUNDS = 20_000;

  /** The policy. */
  @Param({"menus.random", "menus.dbg", "menus.eird", "menus.smoothed-ogd", "menus.exp-vertices",
      "menus.exp3", "menus.oracle"})
  public String policy;

  private Catalog catalog;
  private TrialRunner runner;
  private TrialSpec spec;

  @Setup
  public void setUp() {
    catalog = Catalog.load();
    runner = new TrialRunner(catalog);
    Map<String, Object> env = new LinkedHashMap<>();
    env.put("items", 20L);
    env.put("menu-size", 5L);
    env.put("rounds", (long) ROUNDS);
    env.put("memory-exponent", 0.75);
    spec = new TrialSpec("bench", configure("menus.discounted", env), configure(policy, Map.of()),
        List.of(configure("reward", Map.of())), 0, new Budget(Budget.Unit.EPISODES, 1),
        List.of(1L), 0);
  }

  /** One game: act, step, learn for every round. */
  @Benchmark
  @OperationsPerInvocation(ROUNDS)
  @SuppressWarnings("unchecked")
  public double game() {
    Environment<Object, Object, Object> env = runner.environment(spec);
    ComponentType<Policy<?, ?, ?>> type = catalog.policy(policy);
    Map<String, Object> provided = new LinkedHashMap<>();
    for (Capability<?> key : type.descriptor().requires()) {
      provided.put(key.id(), env.capability(key).orElseThrow());
    }
    Policy<Object, Object, Object> p = (Policy<Object, Object, Object>) type.factory()
        .create(spec.policy().toParams(), Seeds.policy(spec), Capabilities.of(provided));
    double total = 0;
    Object observation = env.reset();
    p.startEpisode();
    for (int t = 0; t < ROUNDS; t++) {
      Object action = p.act(observation);
      Outcome<Object, Object> outcome = env.step(action);
      p.learn(observation, action, outcome.feedback());
      total += outcome.reward();
      observation = outcome.next();
    }
    return total;
  }

  private ComponentConfig configure(String id, Map<String, Object> set) {
    return Configurations.configure(catalog.find(id).orElseThrow().descriptor(), set);
  }
}
