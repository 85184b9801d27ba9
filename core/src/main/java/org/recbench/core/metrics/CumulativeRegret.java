package org.recbench.core.metrics;

import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Direction;
import org.recbench.api.Kind;
import org.recbench.api.Metric;
import org.recbench.api.Oracle;
import org.recbench.api.Protocol;
import org.recbench.api.StandardCapabilities;
import org.recbench.api.Step;

/**
 * {@code regret}: cumulative expected (pseudo-)regret
 * R_T = Σ_{t&lt;T} [μ*(o_t) − μ(o_t, a_t)], where μ is the environment's {@link Oracle} evaluated at
 * the observation o_t the action a_t was chosen at. Using expectations rather than reward draws
 * removes the reward noise from the comparison (Lattimore &amp; Szepesvári, <i>Bandit
 * Algorithms</i>, Eq. 4.2).
 */
public final class CumulativeRegret implements Metric<Object, Object, Object> {

  /** The component type registered by {@link CorePlugin}. */
  public static final ComponentType<Metric<?, ?, ?>> TYPE = ComponentType.metric(
      Descriptor.builder(Kind.METRIC, "regret", Protocol.ANY)
          .description("cumulative expected regret against the environment's oracle")
          .requires(StandardCapabilities.ORACLE)
          .direction(Direction.LOWER_IS_BETTER)
          .build(),
      (params, rng, capabilities) ->
          new CumulativeRegret(capabilities.require(StandardCapabilities.ORACLE)));

  private final Oracle<Object, Object> oracle;
  private double total;

  /** Creates the metric for one trial's oracle. */
  public CumulativeRegret(Oracle<Object, Object> oracle) {
    this.oracle = oracle;
  }

  @Override
  public void record(Step<Object, Object, Object> step) {
    Object observation = step.observation();
    total += oracle.bestExpectedReward(observation)
        - oracle.expectedReward(observation, step.action());
  }

  @Override
  public double value() {
    return total;
  }
}
