package org.recbench.core.testplugins;

import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Direction;
import org.recbench.api.Kind;
import org.recbench.api.Metric;
import org.recbench.api.Oracle;
import org.recbench.api.StandardCapabilities;
import org.recbench.api.Step;
import org.recbench.protocol.bandit.Arm;
import org.recbench.protocol.bandit.BanditObservation;
import org.recbench.protocol.bandit.BanditProtocol;

/**
 * Test metric {@code test.regret}: pseudo-regret, the sum over steps of the best expected reward
 * minus the expected reward of the arm pulled. Needs the environment's oracle.
 */
final class ExpectedRegret implements Metric<BanditObservation, Arm, Double> {

  static final ComponentType<Metric<?, ?, ?>> TYPE = ComponentType.metric(
      Descriptor.builder(Kind.METRIC, "test.regret", BanditProtocol.PROTOCOL)
          .description("expected regret")
          .requires(StandardCapabilities.ORACLE)
          .direction(Direction.LOWER_IS_BETTER)
          .build(),
      (params, rng, capabilities) ->
          new ExpectedRegret(capabilities.require(StandardCapabilities.ORACLE)));

  private final Oracle<Object, Object> oracle;
  private double regret;

  private ExpectedRegret(Oracle<Object, Object> oracle) {
    this.oracle = oracle;
  }

  @Override
  public void record(Step<BanditObservation, Arm, Double> step) {
    regret += oracle.bestExpectedReward(step.observation())
        - oracle.expectedReward(step.observation(), step.action());
  }

  @Override
  public double value() {
    return regret;
  }
}
