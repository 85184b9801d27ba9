package org.recbench.bandits;

import java.util.random.RandomGenerator;
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
 * {@code bandit.epsilon-greedy}: with probability ε pulls a uniformly random arm, otherwise an
 * arm of highest sample-average estimate Q_k = S_k / n_k, ties broken uniformly at random
 * (Sutton and Barto, Reinforcement Learning: An Introduction, 2nd ed., 2018, Sec. 2.2-2.4, the
 * "simple bandit algorithm"). As in the book, an arm not pulled yet has Q_k = 0.
 */
public final class EpsilonGreedy implements Policy<BanditObservation, Arm, Reward> {

  /** The component type registered by {@link BanditsPlugin}. */
  public static final ComponentType<Policy<?, ?, ?>> TYPE = ComponentType.policy(
      Descriptor.builder(Kind.POLICY, "bandit.epsilon-greedy", BanditProtocol.PROTOCOL)
          .description("random arm with probability epsilon, else best sample average")
          .param(ParamSpec.number("epsilon", 0.1, "probability of pulling a uniformly random arm")
              .range(0.0, 1.0))
          .build(),
      (params, rng, capabilities) -> new EpsilonGreedy(params.getDouble("epsilon"), rng));

  private final double epsilon;
  private final RandomGenerator rng;
  private final ArmStatistics statistics = new ArmStatistics();
  private final RandomArgmax argmax;

  EpsilonGreedy(double epsilon, RandomGenerator rng) {
    this.epsilon = epsilon;
    this.rng = rng;
    this.argmax = new RandomArgmax(rng);
  }

  @Override
  public Arm act(BanditObservation observation) {
    statistics.fit(observation);
    if (rng.nextDouble() < epsilon) {
      return Arm.of(rng.nextInt(observation.arms()));
    }
    argmax.start();
    for (int k = 0; k < statistics.arms(); k++) {
      argmax.offer(k, statistics.mean(k));
    }
    return Arm.of(argmax.best());
  }

  @Override
  public void learn(BanditObservation observation, Arm arm, Reward reward) {
    statistics.record(arm.index(), reward.value());
  }
}
