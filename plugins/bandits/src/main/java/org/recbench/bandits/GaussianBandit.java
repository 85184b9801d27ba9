package org.recbench.bandits;

import java.util.Optional;
import java.util.random.RandomGenerator;
import org.recbench.api.Capability;
import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Environment;
import org.recbench.api.Kind;
import org.recbench.api.Outcome;
import org.recbench.api.ParamSpec;
import org.recbench.api.ParamType;
import org.recbench.api.StandardCapabilities;
import org.recbench.protocol.bandit.Arm;
import org.recbench.protocol.bandit.BanditObservation;
import org.recbench.protocol.bandit.BanditProtocol;
import org.recbench.protocol.bandit.Reward;

/**
 * {@code bandit.gaussian}: K arms, arm k pays N(μ_k, σ²) rewards. The means are given by
 * {@code means} or drawn i.i.d. N(0, 1) from the environment's own random stream when it is
 * created, so every policy run on the same seed faces the same instance. Rewards are unbounded,
 * so this bandit does not provide {@link BanditProtocol#REWARD_RANGE}.
 */
public final class GaussianBandit implements Environment<BanditObservation, Arm, Reward> {

  private static final String ID = "bandit.gaussian";
  /** The component type registered by {@link BanditsPlugin}. */
  public static final ComponentType<Environment<?, ?, ?>> TYPE = ComponentType.environment(
      Descriptor.builder(Kind.ENVIRONMENT, ID, BanditProtocol.PROTOCOL)
          .description("K-armed bandit with Gaussian rewards N(mu_k, sigma^2)")
          .provides(StandardCapabilities.ORACLE, StandardCapabilities.EXPECTED_REWARDS)
          .param(BanditInstance.ARMS,
              ParamSpec.optional("means", ParamType.NUMBER_ARRAY,
                  "mean of each arm; drawn i.i.d. N(0, 1) when omitted"),
              ParamSpec.number("sigma", 1, "standard deviation of every reward")
                  .greaterThan(0))
          .build(),
      (params, rng, capabilities) -> {
        return new GaussianBandit(BanditInstance.declaredOrDrawn(ID, params, rng::nextGaussian),
            params.getDouble("sigma"), rng);
      }).withValidation(BanditInstance.ARMS_AND_MEANS);

  private final BanditInstance instance;
  private final double sigma;
  private final RandomGenerator rng;
  /** The outcome and feedback, overwritten every step: no allocation per step. */
  private final Outcome<BanditObservation, Reward> outcome = new Outcome<>();
  private final Reward reward = new Reward();

  GaussianBandit(BanditInstance instance, double sigma, RandomGenerator rng) {
    this.instance = instance;
    this.sigma = sigma;
    this.rng = rng;
  }

  @Override
  public BanditObservation reset() {
    return instance.observation();
  }

  @Override
  public Outcome<BanditObservation, Reward> step(Arm arm) {
    double mean = instance.checkedMean(ID, arm);
    double value = mean + sigma * rng.nextGaussian();
    return outcome.set(reward.set(value), value, instance.observation(), false)
        .expected(mean, instance.bestMean());
  }

  @Override
  public <T> Optional<T> capability(Capability<T> key) {
    return instance.asCapability(key);
  }
}
