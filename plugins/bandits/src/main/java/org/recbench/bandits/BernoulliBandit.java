package org.recbench.bandits;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.recbench.api.Capability;
import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Environment;
import org.recbench.api.Kind;
import org.recbench.api.Outcome;
import org.recbench.api.ParamProblem;
import org.recbench.api.ParamSpec;
import org.recbench.api.ParamType;
import org.recbench.api.Params;
import org.recbench.api.StandardCapabilities;
import org.recbench.api.Validation;
import org.recbench.protocol.bandit.Arm;
import org.recbench.protocol.bandit.BanditObservation;
import org.recbench.protocol.bandit.BanditProtocol;
import org.recbench.protocol.bandit.Reward;
import org.recbench.protocol.bandit.RewardRange;

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
public final class BernoulliBandit implements Environment<BanditObservation, Arm, Reward> {

  private static final String ID = "bandit.bernoulli";

  /** The component type registered by {@link BanditsPlugin}. */
  public static final ComponentType<Environment<?, ?, ?>> TYPE = ComponentType.environment(
      Descriptor.builder(Kind.ENVIRONMENT, ID, BanditProtocol.PROTOCOL)
          .description("K-armed bandit with Bernoulli rewards")
          .provides(StandardCapabilities.ORACLE, StandardCapabilities.EXPECTED_REWARDS,
              BanditProtocol.REWARD_RANGE)
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
      (params, rng, capabilities) -> new BernoulliBandit(instance(params, rng), rng))
      .withValidation(BernoulliBandit::validate);

  private final BanditInstance instance;
  private final RandomGenerator rng;
  /** The outcome and feedback, overwritten every step: no allocation per step. */
  private final Outcome<BanditObservation, Reward> outcome = new Outcome<>();
  private final Reward reward = new Reward();

  BernoulliBandit(BanditInstance instance, RandomGenerator rng) {
    this.instance = instance;
    this.rng = rng;
  }

  @Override
  public BanditObservation reset() {
    return instance.observation();
  }

  @Override
  public Outcome<BanditObservation, Reward> step(Arm arm) {
    double mean = instance.checkedMean(ID, arm);
    double value = rng.nextDouble() < mean ? 1 : 0;
    return outcome.set(reward.set(value), value, instance.observation(), false)
        .expected(mean, instance.bestMean());
  }

  @Override
  public <T> Optional<T> capability(Capability<T> key) {
    if (key.id().equals(BanditProtocol.REWARD_RANGE.id())) {
      return Optional.of(key.cast(RewardRange.UNIT));
    }
    return instance.asCapability(key);
  }

  /** A method, not a field reference, because {@link #TYPE} is initialised before the checks. */
  private static List<ParamProblem> validate(Params params) {
    return VALID.check(params);
  }

  /** How {@code means}, {@code gap} and {@code best-mean} may be combined. */
  private static final Validation MEANS_OR_GAP = params -> {
    boolean gap = params.has("gap");
    if (params.has("means") && (gap || params.has("best-mean"))) {
      return List.of(ParamProblem.at("means", "cannot be combined with 'gap' or 'best-mean'; set "
          + "the means explicitly or describe them by a gap"));
    }
    if (params.has("best-mean") && !gap) {
      return List.of(ParamProblem.at("best-mean", "needs 'gap' (the other arms' means are "
          + "best-mean - gap)"));
    }
    if (gap && params.has("best-mean")
        && params.getDouble("best-mean") < params.getDouble("gap")) {
      return List.of(ParamProblem.at("best-mean", params.getDouble("best-mean") + " minus 'gap' "
          + params.getDouble("gap") + " is a negative mean; expected best-mean >= gap"));
    }
    return List.of();
  };

  /** Every constraint between the parameters of {@code bandit.bernoulli}. */
  private static final Validation VALID = MEANS_OR_GAP.and(BanditInstance.ARMS_AND_MEANS);

  private static BanditInstance instance(Params params, RandomGenerator rng) {
    VALID.require(ID, params);
    return params.has("gap") ? gapInstance(params, rng)
        : BanditInstance.declaredOrDrawn(ID, params, rng::nextDouble);
  }

  private static BanditInstance gapInstance(Params params, RandomGenerator rng) {
    double gap = params.getDouble("gap");
    double best = params.has("best-mean") ? params.getDouble("best-mean") : (1 + gap) / 2;
    double[] means = new double[params.getInt(BanditInstance.ARMS.name())];
    Arrays.fill(means, best - gap);
    means[rng.nextInt(means.length)] = best;
    return new BanditInstance(means);
  }
}
