package org.recbench.bandits;

import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import org.recbench.api.Capability;
import org.recbench.api.ConfigurationException;
import org.recbench.api.Oracle;
import org.recbench.api.ParamProblem;
import org.recbench.api.ParamSpec;
import org.recbench.api.Params;
import org.recbench.api.StandardCapabilities;
import org.recbench.api.Validation;
import org.recbench.api.input.Memory;
import org.recbench.protocol.bandit.Arm;
import org.recbench.protocol.bandit.BanditObservation;

/**
 * One instance of a stationary K-armed bandit: its expected rewards μ_1 … μ_K, the observation a
 * policy gets of it (K only) and the {@link Oracle} over the means that regret metrics read. Also
 * reads the two parameters every bandit here shares, {@code arms} and the optional {@code means}.
 */
final class BanditInstance implements Oracle<BanditObservation, Arm> {

  /** Number of arms K. */
  static final ParamSpec ARMS = ParamSpec.integer("arms", 10, "number of arms K").range(2.0, null);

  private final double[] means;
  private final double best;
  private final BanditObservation observation;

  BanditInstance(double[] means) {
    this.means = means.clone();
    this.observation = new BanditObservation(means.length);
    double max = Double.NEGATIVE_INFINITY;
    for (double mean : means) {
      max = Math.max(max, mean);
    }
    this.best = max;
  }

  /**
   * Memory per arm, an upper estimate over the environment and every bandit policy here: the
   * means (and the instance's copy), a policy's pull counts, sums and posterior or index arrays.
   */
  static final long BYTES_PER_ARM = 64;

  /**
   * Checks that {@code arms} fits in memory (so {@code "arms": 1000000000} is bad input at
   * validation, not an {@link OutOfMemoryError} in every trial) and that {@code means}, when
   * set, gives exactly one mean per arm.
   */
  static final Validation ARMS_AND_MEANS = params -> {
    long arms = params.getLong(ARMS.name());
    Optional<String> tooLarge = Memory.tooLarge(arms, BYTES_PER_ARM, "arms");
    if (tooLarge.isPresent() || arms > Memory.MAX_ARRAY_LENGTH) {
      return List.of(ParamProblem.at(ARMS.name(), tooLarge.orElse(arms
          + " arms are more than an array can index (" + Memory.MAX_ARRAY_LENGTH + ")")));
    }
    if (!params.has("means")) {
      return List.of();
    }
    int given = params.getDoubleArray("means").length;
    return given == arms ? List.of() : List.of(ParamProblem.at("means", "has " + given
        + " values but 'arms' is " + arms + "; expected one mean per arm"));
  };

  /**
   * The means set by the {@code means} parameter or, when it is omitted, K independent draws
   * from {@code prior}.
   *
   * @param component id of the environment, for error messages
   * @throws ConfigurationException when the arms do not fit in memory or {@code means} does not
   *     give exactly one mean per arm
   */
  static BanditInstance declaredOrDrawn(String component, Params params, DoubleSupplier prior) {
    ARMS_AND_MEANS.require(component, params);
    int arms = params.getInt(ARMS.name());
    if (!params.has("means")) {
      double[] drawn = new double[arms];
      for (int k = 0; k < arms; k++) {
        drawn[k] = prior.getAsDouble();
      }
      return new BanditInstance(drawn);
    }
    return new BanditInstance(params.getDoubleArray("means"));
  }

  /** What a policy observes: the arm count K (one shared instance). */
  BanditObservation observation() {
    return observation;
  }

  /** μ_arm. */
  double mean(int arm) {
    return means[arm];
  }

  /**
   * μ of {@code arm}, after checking that the arm exists.
   *
   * @param component id of the environment, for the message
   * @throws IllegalArgumentException naming the arm and the valid range when it does not
   */
  double checkedMean(String component, Arm arm) {
    int index = arm.index();
    if (index >= means.length) {
      throw new IllegalArgumentException(component + " has arms 0.." + (means.length - 1)
          + "; the policy pulled arm " + index);
    }
    return means[index];
  }

  /** The best mean max_k μ_k. */
  double bestMean() {
    return best;
  }

  @Override
  public double bestExpectedReward(BanditObservation observation) {
    return best;
  }

  @Override
  public double expectedReward(BanditObservation observation, Arm arm) {
    return means[arm.index()];
  }

  /** This oracle when {@code key} is {@link StandardCapabilities#ORACLE}, else empty. */
  <T> Optional<T> asCapability(Capability<T> key) {
    return key.id().equals(StandardCapabilities.ORACLE.id())
        ? Optional.of(key.cast(this))
        : Optional.empty();
  }
}
