package org.recbench.core.testplugins;

import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Kind;
import org.recbench.api.ParamSpec;
import org.recbench.api.ParamType;
import org.recbench.api.Policy;
import org.recbench.protocol.bandit.Arm;
import org.recbench.protocol.bandit.BanditObservation;
import org.recbench.protocol.bandit.BanditProtocol;
import org.recbench.protocol.bandit.Reward;

/**
 * Test policy {@code test.fixed-arm}: always pulls the arm its required parameter names, so it
 * cannot run on defaults and globs pass over it.
 */
final class FixedArm implements Policy<BanditObservation, Arm, Reward> {

  static final ComponentType<Policy<?, ?, ?>> TYPE = ComponentType.policy(
      Descriptor.builder(Kind.POLICY, "test.fixed-arm", BanditProtocol.PROTOCOL)
          .description("always pulls one arm")
          .param(ParamSpec.required("arm", ParamType.INTEGER, "the arm pulled").range(0.0, null))
          .build(),
      (params, rng, capabilities) -> new FixedArm(Arm.of(params.getInt("arm"))));

  private final Arm arm;

  private FixedArm(Arm arm) {
    this.arm = arm;
  }

  @Override
  public Arm act(BanditObservation observation) {
    return arm;
  }

  @Override
  public void learn(BanditObservation observation, Arm action, Reward feedback) {}
}
