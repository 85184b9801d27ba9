package org.recbench.bandits;

import java.util.random.RandomGenerator;
import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Kind;
import org.recbench.api.Policy;
import org.recbench.protocol.bandit.Arm;
import org.recbench.protocol.bandit.BanditObservation;
import org.recbench.protocol.bandit.BanditProtocol;
import org.recbench.protocol.bandit.Reward;

/**
 * {@code bandit.uniform}: pulls an arm uniformly at random every step and learns nothing; the
 * baseline whose regret grows linearly in t.
 */
public final class UniformRandom implements Policy<BanditObservation, Arm, Reward> {

  /** The component type registered by {@link BanditsPlugin}. */
  public static final ComponentType<Policy<?, ?, ?>> TYPE = ComponentType.policy(
      Descriptor.builder(Kind.POLICY, "bandit.uniform", BanditProtocol.PROTOCOL)
          .description("uniformly random arm (baseline)")
          .build(),
      (params, rng, capabilities) -> new UniformRandom(rng));

  private final RandomGenerator rng;

  UniformRandom(RandomGenerator rng) {
    this.rng = rng;
  }

  @Override
  public Arm act(BanditObservation observation) {
    return Arm.of(rng.nextInt(observation.arms()));
  }

  @Override
  public void learn(BanditObservation observation, Arm arm, Reward reward) {
    // a uniform policy ignores feedback
  }
}
