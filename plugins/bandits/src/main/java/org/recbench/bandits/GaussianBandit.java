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
import org.recbench.api.bandit.Arm;
import org.recbench.api.bandit.BanditObservation;
import org.recbench.api.bandit.BanditProtocol;

/**
 * {@code bandit.gaussian}: K arms, arm k pays N(μ_k, σ²) rewards. The means are given by
 * {@code means} or drawn i.i.d. N(0, 1) from the environment's own random stream when it is
 * created, so every policy run on the same seed faces the same instance. Rewards are unbounded,
 * so this bandit does not provide {@link BanditProtocol#REWARD_RANGE}.
 */
public final class GaussianBandit implements Environment<BanditObservation, Arm, Double> {

  private static final String ID = "bandit.gaussian";

  /** The component type registered by {@link BanditsPlugin}. */
  public static final ComponentType<Environment<?, ?, ?>> TYPE = ComponentType.environment(
      Descriptor.builder(Kind.ENVIRONMENT, ID, BanditProtocol.PROTOCOL)
          .description("K-armed bandit with Gaussian rewards N(mu_k, sigma^2)")
          .provides(StandardCapabilities.ORACLE)
          .param(BanditInstance.ARMS,
              ParamSpec.optional("means", ParamType.NUMBER_ARRAY,
                  "mean of each arm; drawn i.i.d. N(0, 1) when omitted"),
              ParamSpec.number("sigma", 1, "standard deviation of every reward, > 0")
                  .range(0.0, null))
          .build(),
      (params, rng, capabilities) -> new GaussianBandit(
          BanditInstance.declaredOrDrawn(ID, params, rng::nextGaussian),
          PositiveParam.get(ID, params, "sigma"), rng));

  private final BanditInstance instance;
  private final double sigma;
  private final RandomGenerator rng;

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
  public Outcome<BanditObservation, Double> step(Arm arm) {
    double reward = instance.mean(arm.index()) + sigma * rng.nextGaussian();
    return new Outcome<>(reward, reward, instance.observation(), false);
  }

  @Override
  public <T> Optional<T> capability(Capability<T> key) {
    return instance.asCapability(key);
  }
}
