package org.recbench.app;

import java.util.List;
import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Environment;
import org.recbench.api.Kind;
import org.recbench.api.Plugin;
import org.recbench.api.Policy;
import org.recbench.protocol.bandit.Arm;
import org.recbench.protocol.bandit.BanditObservation;
import org.recbench.protocol.bandit.BanditProtocol;
import org.recbench.protocol.bandit.Reward;

/**
 * Test plugin: a bandit policy that throws after 10 steps on about half of the seeds (decided by
 * its own random stream, so the failing seeds are the same on every run).
 */
public final class FlakyPolicy implements Policy<BanditObservation, Arm, Reward> {

  private final boolean fails;
  private int steps;

  private FlakyPolicy(boolean fails) {
    this.fails = fails;
  }

  @Override
  public Arm act(BanditObservation observation) {
    if (fails && ++steps > 10) {
      throw new IllegalStateException("flaky policy gave up");
    }
    return Arm.of(0);
  }

  @Override
  public void learn(BanditObservation observation, Arm action, Reward feedback) {}

  /** Registers {@code test.flaky}. */
  public static final class TestPlugin implements Plugin {
    @Override
    public String name() {
      return "app-test";
    }

    @Override
    public List<ComponentType<Policy<?, ?, ?>>> policies() {
      return List.of(ComponentType.policy(
          Descriptor.builder(Kind.POLICY, "test.flaky", BanditProtocol.PROTOCOL)
              .description("always arm 0; throws on about half of the seeds").build(),
          (params, rng, capabilities) -> new FlakyPolicy(rng.nextBoolean())));
    }

    @Override
    public List<ComponentType<Environment<?, ?, ?>>> environments() {
      return List.of();
    }
  }
}
