package org.recbench.population;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recbench.api.Environment;
import org.recbench.core.run.TrialRunner;
import org.recbench.protocol.population.Arrival;
import org.recbench.protocol.population.PopulationDynamics;
import org.recbench.protocol.population.PopulationProtocol;
import org.recbench.protocol.population.PreferenceStates;
import org.recbench.protocol.population.Product;
import org.recbench.protocol.population.Reward;
import org.recbench.testkit.PluginTestKit;
import org.recbench.testkit.TrialBuilder;

/**
 * The population plugin in the test kit, and its environments created exactly as a scenario's
 * trials create them (declared defaults, validation, the seed's environment stream).
 */
public final class Populations {

  /** The plugin with the harness's own metrics. */
  public static final PluginTestKit KIT = PluginTestKit.of(new PopulationPlugin());

  private Populations() {}

  /**
   * The parameters of the paper's 3-user instance ({@link PaperInstances#initial()}) at clock
   * offset {@code clockOffset} and reward noise sd {@code noiseSd}.
   */
  public static Map<String, Object> paperInstance(long clockOffset, double noiseSd) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("users", new double[][] {{1, 2, 3}, {2, 3, 1}, {3, 1, 2}});
    params.put("product-angles", new double[] {1, 45, 89});
    params.put("initial-states", new double[][] {{2, 0}, {0, 2}, {2, 2}});
    params.put("clock-offset", clockOffset);
    params.put("noise-sd", noiseSd);
    return params;
  }

  /** A trial of {@code policy} on {@code environment}. */
  public static TrialBuilder trial(String environment, String policy) {
    return KIT.trial(environment, policy);
  }

  /** The environment of each planned trial of {@code trial}, by seed. */
  @SuppressWarnings("unchecked")
  public static List<Environment<Arrival, Product, Reward>> environments(TrialBuilder trial) {
    TrialRunner runner = new TrialRunner(KIT.catalog());
    return trial.plan().stream()
        .map(spec -> (Environment<Arrival, Product, Reward>) (Environment<?, ?, ?>)
            runner.environment(spec))
        .toList();
  }

  /** {@code population.linear} on seed 0 with {@code params}. */
  public static Environment<Arrival, Product, Reward> environment(Map<String, ?> params) {
    return environments(trial("population.linear", "population.random")
        .environmentParams(params)).get(0);
  }

  /** The environment's live preference states. */
  public static PreferenceStates states(Environment<?, ?, ?> environment) {
    return environment.capability(PopulationProtocol.STATE).orElseThrow();
  }

  /** The environment's model. */
  public static PopulationDynamics dynamics(Environment<?, ?, ?> environment) {
    return environment.capability(PopulationProtocol.DYNAMICS).orElseThrow();
  }
}
