package org.recbench.core.testplugins;

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
 * Probe metric {@code test.regret-after-step}: regret the way the first harness computed it, from
 * the environment's oracle asked after {@code step} returned. Kept to show what the per-step
 * expected rewards fix: on {@code test.switching} it charges the optimal policy full regret.
 */
final class RegretAfterStep implements Metric<Object, Object, Object> {

  static final ComponentType<Metric<?, ?, ?>> TYPE = ComponentType.metric(
      Descriptor.builder(Kind.METRIC, "test.regret-after-step", Protocol.ANY)
          .description("regret from the oracle evaluated after the step")
          .requires(StandardCapabilities.ORACLE)
          .direction(Direction.LOWER_IS_BETTER)
          .build(),
      (params, rng, capabilities) ->
          new RegretAfterStep(capabilities.require(StandardCapabilities.ORACLE)));

  private final Oracle<Object, Object> oracle;
  private double total;

  private RegretAfterStep(Oracle<Object, Object> oracle) {
    this.oracle = oracle;
  }

  @Override
  public void record(Step<Object, Object, Object> step) {
    total += oracle.bestExpectedReward(step.observation())
        - oracle.expectedReward(step.observation(), step.action());
  }

  @Override
  public double value() {
    return total;
  }
}
