package org.recbench.core.testplugins;

import java.util.Optional;
import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Kind;
import org.recbench.api.ParamSpec;
import org.recbench.api.Policy;
import org.recbench.protocol.bandit.Arm;
import org.recbench.protocol.bandit.BanditObservation;
import org.recbench.protocol.bandit.BanditProtocol;
import org.recbench.protocol.bandit.Reward;

/**
 * Test policy {@code test.external}: always pulls arm 0, but with {@code solver = "external"} it
 * stands for a policy whose external program is missing, so its skip check gives a reason.
 */
final class ExternalSolver implements Policy<BanditObservation, Arm, Reward> {

  /** The skip reason of the external solver. */
  static final String MISSING = "program test-solver not found on PATH";

  static final ComponentType<Policy<?, ?, ?>> TYPE = ComponentType.policy(
      Descriptor.builder(Kind.POLICY, "test.external", BanditProtocol.PROTOCOL)
          .description("pulls arm 0; the external variant cannot run here")
          .param(ParamSpec.string("solver", "builtin", "which solver plans")
              .oneOf("builtin", "external"))
          .build(),
      (params, rng, capabilities) -> new ExternalSolver())
      .withSkipCheck(params -> params.getString("solver").equals("external")
          ? Optional.of(MISSING) : Optional.empty());

  @Override
  public Arm act(BanditObservation observation) {
    return Arm.of(0);
  }

  @Override
  public void learn(BanditObservation observation, Arm action, Reward feedback) {}
}
