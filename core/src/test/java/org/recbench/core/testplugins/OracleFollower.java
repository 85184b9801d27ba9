package org.recbench.core.testplugins;

import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Kind;
import org.recbench.api.Oracle;
import org.recbench.api.Policy;
import org.recbench.api.StandardCapabilities;
import org.recbench.protocol.bandit.Arm;
import org.recbench.protocol.bandit.BanditObservation;
import org.recbench.protocol.bandit.BanditProtocol;
import org.recbench.protocol.bandit.Reward;

/** Test policy {@code test.oracle-follower}: asks the environment's oracle for the best arm. */
final class OracleFollower implements Policy<BanditObservation, Arm, Reward> {

  static final ComponentType<Policy<?, ?, ?>> TYPE = ComponentType.policy(
      Descriptor.builder(Kind.POLICY, "test.oracle-follower", BanditProtocol.PROTOCOL)
          .description("pulls the arm the oracle rates best")
          .requires(StandardCapabilities.ORACLE)
          .build(),
      (params, rng, capabilities) ->
          new OracleFollower(capabilities.require(StandardCapabilities.ORACLE)));

  private final Oracle<Object, Object> oracle;

  private OracleFollower(Oracle<Object, Object> oracle) {
    this.oracle = oracle;
  }

  @Override
  public Arm act(BanditObservation observation) {
    int best = 0;
    for (int a = 1; a < observation.arms(); a++) {
      if (oracle.expectedReward(observation, Arm.of(a))
          > oracle.expectedReward(observation, Arm.of(best))) {
        best = a;
      }
    }
    return Arm.of(best);
  }

  @Override
  public void learn(BanditObservation observation, Arm action, Reward feedback) {}
}
