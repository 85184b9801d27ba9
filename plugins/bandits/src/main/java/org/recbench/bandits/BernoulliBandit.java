package org.recbench.bandits;

import java.util.Arrays;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.recbench.api.Capability;
import org.recbench.api.ComponentType;
import org.recbench.api.ConfigurationException;
import org.recbench.api.Descriptor;
import org.recbench.api.Environment;
import org.recbench.api.Kind;
import org.recbench.api.Outcome;
import org.recbench.api.ParamSpec;
import org.recbench.api.ParamType;
import org.recbench.api.Params;
import org.recbench.api.StandardCapabilities;
import org.recbench.api.bandit.Arm;
import org.recbench.api.bandit.BanditObservation;
import org.recbench.api.bandit.BanditProtocol;
import org.recbench.api.bandit.RewardRange;

/**
 * {@code bandit.bernoulli}: K arms, arm k pays 1 with probability μ_k and 0 otherwise. The means
 * are fixed when the environment is created, from its own random stream, so every policy run on
 * the same seed faces the same instance. Three ways to set them:
 *
 * <ul>
 *   <li>default: μ_k drawn i.i.d. Uniform(0, 1);
 *   <li>{@code means}: given explicitly, one per arm;
 *   <li>{@code gap} (and optionally {@code best-mean}): one best arm with mean b, all others at
 *       b − gap, the best arm's index drawn uniformly. Without {@code best-mean}, b = (1 + gap) / 2
 *       centres the instance on 1/2, where Bernoulli rewards are noisiest.
 * </ul>
 */
public final class BernoulliBandit implements Environment<BanditObservation, Arm, Double> {

  private static final String ID = "bandit.bernoulli";

  /** The component type registered by {@link BanditsPlugin}. */
  public static final ComponentType<Environment<?, ?, ?>> TYPE = ComponentType.environment(
      Descriptor.builder(Kind.ENVIRONMENT, ID, BanditProtocol.PROTOCOL)
          .description("K-armed bandit with Bernoulli rewards")
          .provides(StandardCapabilities.ORACLE, BanditProtocol.REWARD_RANGE)
          .param(BanditInstance.ARMS,
              ParamSpec.optional("means", ParamType.NUMBER_ARRAY,
                  "mean of each arm; drawn i.i.d. Uniform(0, 1) when omitted").range(0.0, 1.0),
              ParamSpec.optional("gap", ParamType.NUMBER,
                  "best mean minus every other mean; the best arm's index is drawn uniformly")
                  .range(0.0, 1.0),
              ParamSpec.optional("best-mean", ParamType.NUMBER,
                  "mean of the best arm when 'gap' is set; (1 + gap) / 2 when omitted")
                  .range(0.0, 1.0))
          .build(),
      (params, rng, capabilities) -> new BernoulliBandit(instance(params, rng), rng));

  private final BanditInstance instance;
  private final RandomGenerator rng;
  /** The only two outcomes there are (the observation never changes): no allocation per step. */
  private final Outcome<BanditObservation, Double> success;
  private final Outcome<BanditObservation, Double> failure;

  BernoulliBandit(BanditInstance instance, RandomGenerator rng) {
    this.instance = instance;
    this.rng = rng;
    this.success = new Outcome<>(1.0, 1, instance.observation(), false);
    this.failure = new Outcome<>(0.0, 0, instance.observation(), false);
  }

  @Override
  public BanditObservation reset() {
    return instance.observation();
  }

  @Override
  public Outcome<BanditObservation, Double> step(Arm arm) {
    return rng.nextDouble() < instance.mean(arm.index()) ? success : failure;
  }

  @Override
  public <T> Optional<T> capability(Capability<T> key) {
    if (key.id().equals(BanditProtocol.REWARD_RANGE.id())) {
      return Optional.of(key.cast(RewardRange.UNIT));
    }
    return instance.asCapability(key);
  }

  private static BanditInstance instance(Params params, RandomGenerator rng) {
    boolean gap = params.has("gap");
    if (params.has("means") && (gap || params.has("best-mean"))) {
      throw new ConfigurationException(ID + ": parameter 'means' cannot be combined with 'gap' or"
          + " 'best-mean'; set the means explicitly or describe them by a gap");
    }
    if (params.has("best-mean") && !gap) {
      throw new ConfigurationException(ID + ": parameter 'best-mean' needs 'gap' (the other arms'"
          + " means are best-mean - gap)");
    }
    return gap ? gapInstance(params, rng) : BanditInstance.declaredOrDrawn(ID, params, rng::nextDouble);
  }

  private static BanditInstance gapInstance(Params params, RandomGenerator rng) {
    double gap = params.getDouble("gap");
    double best = params.has("best-mean") ? params.getDouble("best-mean") : (1 + gap) / 2;
    if (best - gap < 0) {
      throw new ConfigurationException(ID + ": 'best-mean' " + best + " minus 'gap' " + gap
          + " is a negative mean; expected best-mean >= gap");
    }
    double[] means = new double[params.getInt(BanditInstance.ARMS.name())];
    Arrays.fill(means, best - gap);
    means[rng.nextInt(means.length)] = best;
    return new BanditInstance(means);
  }
}
