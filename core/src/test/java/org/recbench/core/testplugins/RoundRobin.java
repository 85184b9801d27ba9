package org.recbench.core.testplugins;

import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Kind;
import org.recbench.api.ParamSpec;
import org.recbench.api.Policy;
import org.recbench.protocol.bandit.Arm;
import org.recbench.protocol.bandit.BanditObservation;
import org.recbench.protocol.bandit.BanditProtocol;

/** Test policy {@code test.round-robin}: pulls arms start, start + 1, ... cyclically. */
final class RoundRobin implements Policy<BanditObservation, Arm, Double> {

  static final ComponentType<Policy<?, ?, ?>> TYPE = ComponentType.policy(
      Descriptor.builder(Kind.POLICY, "test.round-robin", BanditProtocol.PROTOCOL)
          .description("pulls every arm in turn")
          .param(ParamSpec.integer("start", 0, "first arm pulled").range(0.0, null))
          .build(),
      (params, rng, capabilities) -> new RoundRobin(params.getLong("start")));

  private long next;

  private RoundRobin(long start) {
    this.next = start;
  }

  @Override
  public Arm act(BanditObservation observation) {
    return Arm.of((int) (next++ % observation.arms()));
  }

  @Override
  public void learn(BanditObservation observation, Arm action, Double feedback) {}
}
