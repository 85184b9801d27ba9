package org.recbench.core.testplugins;

import java.util.Optional;
import org.recbench.api.Capability;
import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Kind;
import org.recbench.api.ParamSpec;
import org.recbench.api.PlanningStats;
import org.recbench.api.Policy;
import org.recbench.api.StandardCapabilities;
import org.recbench.protocol.bandit.Arm;
import org.recbench.protocol.bandit.BanditObservation;
import org.recbench.protocol.bandit.BanditProtocol;
import org.recbench.protocol.bandit.Reward;

/**
 * Test policy {@code test.round-robin}: pulls arms start, start + 1, ... cyclically across
 * episodes. Reports 1.5 ms of planning per started episode and 7 nodes per decision, so planning
 * metrics have closed forms.
 */
final class RoundRobin implements Policy<BanditObservation, Arm, Reward>, PlanningStats {

  static final ComponentType<Policy<?, ?, ?>> TYPE = ComponentType.policy(
      Descriptor.builder(Kind.POLICY, "test.round-robin", BanditProtocol.PROTOCOL)
          .description("pulls every arm in turn")
          .provides(StandardCapabilities.PLANNING_STATS)
          .param(ParamSpec.integer("start", 0, "first arm pulled").range(0.0, null))
          .build(),
      (params, rng, capabilities) -> new RoundRobin(params.getLong("start")));

  private final long start;
  private long acts;
  private long episodes;

  private RoundRobin(long start) {
    this.start = start;
  }

  @Override
  public void startEpisode() {
    episodes++;
  }

  @Override
  public Arm act(BanditObservation observation) {
    return Arm.of((int) ((start + acts++) % observation.arms()));
  }

  @Override
  public void learn(BanditObservation observation, Arm action, Reward feedback) {}

  @Override
  public double planningMillis() {
    return 1.5 * episodes;
  }

  @Override
  public long nodesExpanded() {
    return 7 * acts;
  }

  @Override
  public <T> Optional<T> capability(Capability<T> key) {
    return key.id().equals(StandardCapabilities.PLANNING_STATS.id())
        ? Optional.of(key.cast(this)) : Optional.empty();
  }
}
