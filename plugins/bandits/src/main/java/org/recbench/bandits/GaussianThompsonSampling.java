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
 * {@code bandit.thompson-gaussian}: Thompson sampling with a Gaussian model. Rewards of arm k are
 * modelled as N(μ_k, σ²) with σ known and prior μ_k ~ N(0, σ²); the conjugate posterior after n_k
 * pulls with reward sum S_k is
 *
 * <pre>  μ_k | data ~ N(S_k / (n_k + 1), σ² / (n_k + 1)).</pre>
 *
 * Each step draws θ_k from every posterior and pulls an arm of largest θ_k. With σ = 1 this is
 * Alg. 2 of Agrawal and Goyal (2013), "Further optimal regret bounds for Thompson sampling",
 * AISTATS, which they analyse for any rewards in [0, 1]; on {@code bandit.gaussian} with its
 * default N(0, 1) means and σ = 1 it samples from the exact Bayesian posterior.
 */
public final class GaussianThompsonSampling implements Policy<BanditObservation, Arm, Reward> {

  private static final String ID = "bandit.thompson-gaussian";

  /** The component type registered by {@link BanditsPlugin}. */
  public static final ComponentType<Policy<?, ?, ?>> TYPE = ComponentType.policy(
      Descriptor.builder(Kind.POLICY, ID, BanditProtocol.PROTOCOL)
          .description("Thompson sampling with Gaussian priors (Agrawal and Goyal 2013)")
          .param(ParamSpec.number("sigma", 1, "assumed reward standard deviation; the prior"
              + " on each mean is N(0, sigma^2)").greaterThan(0))
          .build(),
      (params, rng, capabilities) -> {
        return new GaussianThompsonSampling(params.getDouble("sigma"), rng);
      });

  private final double sigma;
  private final RandomGenerator rng;
  private final ArmStatistics statistics = new ArmStatistics();
  private final RandomArgmax argmax;

  GaussianThompsonSampling(double sigma, RandomGenerator rng) {
    this.sigma = sigma;
    this.rng = rng;
    this.argmax = new RandomArgmax(rng);
  }

  @Override
  public Arm act(BanditObservation observation) {
    statistics.fit(observation);
    argmax.start();
    for (int k = 0; k < statistics.arms(); k++) {
      argmax.offer(k, posteriorMean(k) + posteriorStandardDeviation(k) * rng.nextGaussian());
    }
    return Arm.of(argmax.best());
  }

  @Override
  public void learn(BanditObservation observation, Arm arm, Reward reward) {
    statistics.record(arm.index(), reward.value());
  }

  /** S_k / (n_k + 1). */
  double posteriorMean(int arm) {
    return statistics.sum(arm) / (statistics.pulls(arm) + 1);
  }

  /** σ / √(n_k + 1). */
  double posteriorStandardDeviation(int arm) {
    return sigma / Math.sqrt(statistics.pulls(arm) + 1);
  }
}
