package org.recbench.ucbmnl;

import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.recbench.api.Capability;
import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Kind;
import org.recbench.api.ParamProblem;
import org.recbench.api.ParamSpec;
import org.recbench.api.Params;
import org.recbench.api.Policy;
import org.recbench.protocol.assortment.Assortment;
import org.recbench.protocol.assortment.AssortmentObservation;
import org.recbench.protocol.assortment.AssortmentProtocol;
import org.recbench.protocol.assortment.Choice;
import org.recbench.protocol.assortment.ParameterEstimate;

/**
 * {@code ucbmnl.stacked} and {@code ucbmnl.vectorized}: {@link UcbMnl} on the joint features of
 * paper 003's baselines, as policies of the assortment protocol. The algorithm is built at the
 * first observation (when d1, d2 and N are known); {@code act} chooses the set (features,
 * optimistic utilities, StaticMNL), {@code learn} records the choice and refits the MLE — the
 * part the harness's {@code learn-time} measures. Provides its estimate of Θ̃
 * ({@link ParameterEstimate}) for the estimation metrics.
 */
public final class UcbMnlPolicy implements Policy<AssortmentObservation, Assortment, Choice>,
    ParameterEstimate {

  /** Random rounds T0 before the first MLE, shared default with ELSA. */
  static final ParamSpec EXPLORATION = ParamSpec.integer("exploration", 200,
      "T0: rounds of uniformly random assortments before the first MLE").range(0.0, null);
  static final ParamSpec CONFIDENCE = ParamSpec.number("confidence", 0.5,
      "c in the radius α_t = c·√(2p log(1 + t/p) + 2 log t) (Oh and Iyengar 2021, Thm. 1)")
      .range(0.0, null);
  static final ParamSpec RIDGE = ParamSpec.number("ridge", 0.01,
      "λ > 0: prior precision of V = λI + Σ z zᵀ and ridge (λ/2)‖θ‖² of the MLE")
      .range(0.0, null);

  private final JointFeatures map;
  private final UcbMnl.Settings settings;
  private final RandomGenerator rng;
  private UcbMnl algorithm;
  private Assortment offered;
  private int[] buffer;
  private int userDimension;
  private int itemDimension;

  UcbMnlPolicy(JointFeatures map, UcbMnl.Settings settings, RandomGenerator rng) {
    this.map = map;
    this.settings = settings;
    this.rng = rng;
  }

  /** The component type of UCB-MNL on {@code map}. */
  static ComponentType<Policy<?, ?, ?>> type(String id, JointFeatures map, String description) {
    Descriptor descriptor = Descriptor.builder(Kind.POLICY, id, AssortmentProtocol.PROTOCOL)
        .description(description)
        .provides(AssortmentProtocol.PARAMETER_ESTIMATE)
        .param(EXPLORATION, CONFIDENCE, RIDGE)
        .build();
    return ComponentType.policy(descriptor, (params, rng, capabilities) ->
        new UcbMnlPolicy(map, settings(params), rng))
        .withValidation(UcbMnlPolicy::positiveRidge);
  }

  /** λ = 0 passes the declared range [0, ∞) but leaves the MLE undefined early on. */
  static List<ParamProblem> positiveRidge(Params params) {
    return params.getDouble("ridge") > 0.0 ? List.of()
        : List.of(ParamProblem.at("ridge", "must be > 0, was " + params.getDouble("ridge")));
  }

  private static UcbMnl.Settings settings(Params params) {
    return new UcbMnl.Settings(params.getInt("exploration"), params.getDouble("confidence"),
        params.getDouble("ridge"));
  }

  @Override
  public Assortment act(AssortmentObservation observation) {
    if (algorithm == null) {
      userDimension = observation.userDimension();
      itemDimension = observation.itemDimension();
      algorithm = new UcbMnl(map, userDimension, itemDimension, observation.itemCount(),
          settings);
      buffer = new int[observation.capacity()];
      offered = new Assortment(observation.capacity());
    }
    return offered.set(buffer, algorithm.choose(observation, rng, buffer));
  }

  @Override
  public void learn(AssortmentObservation observation, Assortment action, Choice feedback) {
    algorithm.update(buffer, offered.size(), feedback.item());
  }

  @Override
  public boolean estimate(double[] into) {
    if (algorithm == null || algorithm.rounds() < Math.max(1, settings.explorationRounds())) {
      return false;
    }
    map.toTheta(algorithm.estimate(), userDimension, itemDimension, into);
    return true;
  }

  @Override
  public <T> Optional<T> capability(Capability<T> key) {
    return key.id().equals(AssortmentProtocol.PARAMETER_ESTIMATE.id())
        ? Optional.of(key.cast(this)) : Optional.empty();
  }
}
