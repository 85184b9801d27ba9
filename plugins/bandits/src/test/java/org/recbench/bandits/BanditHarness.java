package org.recbench.bandits;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.recbench.api.Capabilities;
import org.recbench.api.Capability;
import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Environment;
import org.recbench.api.Oracle;
import org.recbench.api.ParamSpec;
import org.recbench.api.Params;
import org.recbench.api.Policy;
import org.recbench.api.StandardCapabilities;
import org.recbench.protocol.bandit.Arm;
import org.recbench.protocol.bandit.BanditObservation;

/**
 * Creates components the way the harness does (declared defaults filled in, a policy handed the
 * environment capabilities it requires) and runs the bandit loop. The core runner is not a
 * dependency of this module, so the tests carry this small stand-in.
 */
final class BanditHarness {

  private BanditHarness() {}

  /** A seeded generator. */
  static RandomGenerator rng(long seed) {
    return new SplittableRandom(seed);
  }

  /** The descriptor's defaults, overridden by {@code nameValuePairs} (name, value, ...). */
  static Params params(Descriptor descriptor, Object... nameValuePairs) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (ParamSpec spec : descriptor.parameters()) {
      if (spec.defaultValue() != null) {
        values.put(spec.name(), spec.defaultValue());
      }
    }
    for (int i = 0; i < nameValuePairs.length; i += 2) {
      Object value = nameValuePairs[i + 1];
      values.put((String) nameValuePairs[i], value instanceof Integer n ? n.longValue() : value);
    }
    return Params.of(values);
  }

  /** An environment of {@code type} on {@code seed}. */
  @SuppressWarnings("unchecked")
  static Environment<BanditObservation, Arm, Double> environment(
      ComponentType<Environment<?, ?, ?>> type, long seed, Object... nameValuePairs) {
    return (Environment<BanditObservation, Arm, Double>) type.factory()
        .create(params(type.descriptor(), nameValuePairs), rng(seed), Capabilities.NONE);
  }

  /** A policy of {@code type} on {@code seed}, given what it requires from {@code environment}. */
  @SuppressWarnings("unchecked")
  static Policy<BanditObservation, Arm, Double> policy(ComponentType<Policy<?, ?, ?>> type,
      Environment<?, ?, ?> environment, long seed, Object... nameValuePairs) {
    Map<String, Object> required = new HashMap<>();
    for (Capability<?> capability : type.descriptor().requires()) {
      environment.capability(capability).ifPresent(value -> required.put(capability.id(), value));
    }
    return (Policy<BanditObservation, Arm, Double>) type.factory()
        .create(params(type.descriptor(), nameValuePairs), rng(seed), Capabilities.of(required));
  }

  /** The environment's oracle. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static Oracle<BanditObservation, Arm> oracle(Environment<?, ?, ?> environment) {
    return (Oracle) environment.capability(StandardCapabilities.ORACLE).orElseThrow();
  }

  /** μ_1 … μ_K as the oracle reports them. */
  static double[] means(Environment<BanditObservation, Arm, Double> environment) {
    Oracle<BanditObservation, Arm> oracle = oracle(environment);
    BanditObservation observation = environment.reset();
    double[] means = new double[observation.arms()];
    for (int k = 0; k < means.length; k++) {
      means[k] = oracle.expectedReward(observation, Arm.of(k));
    }
    return means;
  }

  /**
   * {@code policy} after arm k paid {@code rewards[k][0]}, {@code rewards[k][1]}, … It acts
   * once first, as in the harness's loop, so that it knows K = {@code rewards.length}.
   */
  static <P extends Policy<BanditObservation, Arm, Double>> P trained(P policy,
      double[]... rewards) {
    BanditObservation observation = new BanditObservation(rewards.length);
    policy.act(observation);
    for (int k = 0; k < rewards.length; k++) {
      for (double reward : rewards[k]) {
        policy.learn(observation, Arm.of(k), reward);
      }
    }
    return policy;
  }

  /** How often {@code policy} picks each arm in {@code steps} acts without learning. */
  static long[] choiceCounts(Policy<BanditObservation, Arm, Double> policy, int arms, int steps) {
    BanditObservation observation = new BanditObservation(arms);
    long[] counts = new long[arms];
    for (int t = 0; t < steps; t++) {
      counts[policy.act(observation).index()]++;
    }
    return counts;
  }

  /**
   * Runs {@code horizon} steps and returns the cumulative expected regret
   * Σ_t (μ* − μ_{a_t}), measured on expectations as regret metrics do.
   */
  static double cumulativeRegret(Environment<BanditObservation, Arm, Double> environment,
      Policy<BanditObservation, Arm, Double> policy, int horizon) {
    Oracle<BanditObservation, Arm> oracle = oracle(environment);
    BanditObservation observation = environment.reset();
    policy.startEpisode();
    double regret = 0;
    for (int t = 0; t < horizon; t++) {
      Arm arm = policy.act(observation);
      regret += oracle.bestExpectedReward(observation) - oracle.expectedReward(observation, arm);
      policy.learn(observation, arm, environment.step(arm).feedback());
    }
    return regret;
  }
}
