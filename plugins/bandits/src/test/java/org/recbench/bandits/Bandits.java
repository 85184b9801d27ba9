package org.recbench.bandits;

import java.util.List;
import java.util.Map;
import org.recbench.api.Environment;
import org.recbench.api.Oracle;
import org.recbench.api.StandardCapabilities;
import org.recbench.core.run.TrialRunner;
import org.recbench.protocol.bandit.Arm;
import org.recbench.protocol.bandit.BanditObservation;
import org.recbench.protocol.bandit.Reward;
import org.recbench.testkit.PluginTestKit;
import org.recbench.testkit.TrialBuilder;

/**
 * The bandits plugin in the test kit, with the scripted {@link FixedArm} policy, and its
 * environments created exactly as the trials of a scenario create them (declared defaults,
 * validation, the seed's environment stream).
 */
final class Bandits {

  /** The plugin and the test policies, with the harness's own metrics. */
  static final PluginTestKit KIT = PluginTestKit.of(new BanditsPlugin(), new FixedArm.TestPlugin());

  private Bandits() {}

  /** A trial of {@code policy} on {@code environment}. */
  static TrialBuilder trial(String environment, String policy) {
    return KIT.trial(environment, policy);
  }

  /** The environment of each planned trial of {@code trial}, by seed. */
  @SuppressWarnings("unchecked")
  static List<Environment<BanditObservation, Arm, Reward>> environments(TrialBuilder trial) {
    TrialRunner runner = new TrialRunner(KIT.catalog());
    return trial.plan().stream()
        .map(spec -> (Environment<BanditObservation, Arm, Reward>) (Environment<?, ?, ?>)
            runner.environment(spec))
        .toList();
  }

  /** The environment {@code id} of seed 0 with {@code params} (the rest by default). */
  static Environment<BanditObservation, Arm, Reward> environment(String id,
      Map<String, ?> params) {
    return environments(trial(id, "bandit.uniform").environmentParams(params)).get(0);
  }

  /** The environment {@code id} on seeds 0..{@code seeds}-1 with {@code params}. */
  static List<Environment<BanditObservation, Arm, Reward>> environments(String id, int seeds,
      Map<String, ?> params) {
    return environments(trial(id, "bandit.uniform").environmentParams(params).seeds(seeds));
  }

  /** The environment's oracle. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static Oracle<BanditObservation, Arm> oracle(Environment<?, ?, ?> environment) {
    return (Oracle) environment.capability(StandardCapabilities.ORACLE).orElseThrow();
  }

  /** μ_1 … μ_K as the oracle reports them. */
  static double[] means(Environment<BanditObservation, Arm, Reward> environment) {
    Oracle<BanditObservation, Arm> oracle = oracle(environment);
    BanditObservation observation = environment.reset();
    double[] means = new double[observation.arms()];
    for (int k = 0; k < means.length; k++) {
      means[k] = oracle.expectedReward(observation, Arm.of(k));
    }
    return means;
  }
}
