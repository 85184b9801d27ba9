package org.recbench.bandits;

import java.util.List;
import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Kind;
import org.recbench.api.ParamSpec;
import org.recbench.api.Plugin;
import org.recbench.api.Policy;
import org.recbench.protocol.bandit.Arm;
import org.recbench.protocol.bandit.BanditObservation;
import org.recbench.protocol.bandit.BanditProtocol;
import org.recbench.protocol.bandit.Reward;

/** Scripted test policy {@code test.fixed-arm}: pulls arm {@code arm} on every step. */
final class FixedArm implements Policy<BanditObservation, Arm, Reward> {

  private final Arm arm;

  private FixedArm(int arm) {
    this.arm = Arm.of(arm);
  }

  @Override
  public Arm act(BanditObservation observation) {
    return arm;
  }

  @Override
  public void learn(BanditObservation observation, Arm action, Reward feedback) {}

  /** Registers {@code test.fixed-arm} for the test kit. */
  static final class TestPlugin implements Plugin {
    @Override
    public String name() {
      return "bandits-test";
    }

    @Override
    public List<ComponentType<Policy<?, ?, ?>>> policies() {
      return List.of(ComponentType.policy(
          Descriptor.builder(Kind.POLICY, "test.fixed-arm", BanditProtocol.PROTOCOL)
              .description("pulls the same arm on every step")
              .param(ParamSpec.integer("arm", 0, "the arm pulled").range(0.0, null))
              .build(),
          (params, rng, capabilities) -> new FixedArm(params.getInt("arm"))));
    }
  }
}
