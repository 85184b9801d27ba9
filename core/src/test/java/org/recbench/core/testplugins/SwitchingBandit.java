package org.recbench.core.testplugins;

import java.util.Optional;
import org.recbench.api.Capability;
import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Environment;
import org.recbench.api.Kind;
import org.recbench.api.Oracle;
import org.recbench.api.Outcome;
import org.recbench.api.Policy;
import org.recbench.api.StandardCapabilities;
import org.recbench.protocol.bandit.Arm;
import org.recbench.protocol.bandit.BanditObservation;
import org.recbench.protocol.bandit.BanditProtocol;
import org.recbench.protocol.bandit.Reward;

/**
 * Probe environment {@code test.switching}: two arms and a hidden state s, starting at 0, that
 * flips after every step; arm s pays 1 and the other 0. The best action depends on the state, so
 * an oracle evaluated after the step (the state has moved) rates the optimal action as the worst
 * one, while the expected rewards the environment records in each outcome, before the state
 * moves, give the optimal policy {@code test.alternating} zero regret.
 */
final class SwitchingBandit implements Environment<BanditObservation, Arm, Reward> {

  static final ComponentType<Environment<?, ?, ?>> TYPE = ComponentType.environment(
      Descriptor.builder(Kind.ENVIRONMENT, "test.switching", BanditProtocol.PROTOCOL)
          .description("two arms; the paying arm alternates with a hidden state")
          .provides(StandardCapabilities.ORACLE, StandardCapabilities.EXPECTED_REWARDS)
          .build(),
      (params, rng, capabilities) -> new SwitchingBandit());

  /** Probe policy {@code test.alternating}: pulls 0, 1, 0, ..., the optimal play. */
  static final ComponentType<Policy<?, ?, ?>> ALTERNATING = ComponentType.policy(
      Descriptor.builder(Kind.POLICY, "test.alternating", BanditProtocol.PROTOCOL)
          .description("pulls arms 0 and 1 in turn").build(),
      (params, rng, capabilities) -> new Policy<BanditObservation, Arm, Reward>() {
        private int next;

        @Override
        public Arm act(BanditObservation observation) {
          return Arm.of(next);
        }

        @Override
        public void learn(BanditObservation observation, Arm action, Reward feedback) {
          next = 1 - next;
        }
      });

  private static final BanditObservation OBSERVATION = new BanditObservation(2);

  private final Outcome<BanditObservation, Reward> outcome = new Outcome<>();
  private final Reward reward = new Reward();
  private int state;

  @Override
  public BanditObservation reset() {
    state = 0;
    return OBSERVATION;
  }

  @Override
  public Outcome<BanditObservation, Reward> step(Arm action) {
    double paid = action.index() == state ? 1 : 0;
    outcome.set(reward.set(paid), paid, OBSERVATION, false).expected(paid, 1);
    state = 1 - state;
    return outcome;
  }

  @Override
  public <T> Optional<T> capability(Capability<T> key) {
    if (!key.id().equals(StandardCapabilities.ORACLE.id())) {
      return Optional.empty();
    }
    return Optional.of(key.cast(new Oracle<BanditObservation, Arm>() {
      @Override
      public double bestExpectedReward(BanditObservation observation) {
        return 1;
      }

      @Override
      public double expectedReward(BanditObservation observation, Arm arm) {
        return arm.index() == state ? 1 : 0;
      }
    }));
  }
}
