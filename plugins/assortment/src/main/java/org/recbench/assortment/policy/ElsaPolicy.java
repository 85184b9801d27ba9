package org.recbench.assortment.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;
import org.recbench.api.Capability;
import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Kind;
import org.recbench.api.ParamProblem;
import org.recbench.api.ParamSpec;
import org.recbench.api.ParamType;
import org.recbench.api.Params;
import org.recbench.api.Policy;
import org.recbench.api.Validation;
import org.recbench.assortment.elsa.BurerMonteiro;
import org.recbench.assortment.elsa.ElsaUcb;
import org.recbench.protocol.assortment.Assortment;
import org.recbench.protocol.assortment.AssortmentObservation;
import org.recbench.protocol.assortment.AssortmentProtocol;
import org.recbench.protocol.assortment.Choice;
import org.recbench.protocol.assortment.ParameterEstimate;
import org.recbench.protocol.assortment.RankEstimate;

/**
 * ELSA as policies of the assortment protocol (paper 003, Alg. 2): {@code assortment.elsa-ucb}
 * (rank r given), {@code assortment.elsa-gic} (r̂ by GIC, Appendix S.5.2) and
 * {@code assortment.elsa-batch} (parameter updates every B rounds, Appendix S.5.3). The
 * algorithm ({@link ElsaUcb}) is built at the first observation, when d1, d2 and N are known.
 * {@code act} chooses the set; {@code learn} records the choice and does the estimation — the
 * subspace estimate at the end of round T0 and the reduced-space MLE refits after it — which is
 * what the harness's {@code learn-time} measures. Provides its Θ̂ and rank to the metrics.
 */
public final class ElsaPolicy implements Policy<AssortmentObservation, Assortment, Choice>,
    ParameterEstimate, RankEstimate {

  /** Id of ELSA-UCB with a given rank. */
  public static final String UCB = "assortment.elsa-ucb";
  /** Id of ELSA-GIC. */
  public static final String GIC = "assortment.elsa-gic";
  /** Id of batched ELSA. */
  public static final String BATCH = "assortment.elsa-batch";

  private static final ParamSpec EXPLORATION = ParamSpec.integer("exploration", 200,
      "T0 ≥ 3: users offered uniformly random assortments before the subspace estimate")
      .range(3.0, null);
  private static final ParamSpec MAX_RANK = ParamSpec.integer("max-rank", 0,
      "largest rank GIC considers; 0: min(d1, d2) of the model (with intercepts d + 1)")
      .range(0.0, null);
  private static final ParamSpec GIC_SCALE = ParamSpec.number("gic-scale", 1.0,
      "c in the GIC penalty λ_n = c·log(log n)·log(d1·d2)").range(0.0, null);
  private static final List<ParamSpec> COMMON = List.of(
      ParamSpec.number("confidence", 0.5,
          "c₁: scale of UCB-MNL's radius √(2p log(1 + t/p) + 2 log t)").range(0.0, null),
      ParamSpec.number("truncation", 0.5,
          "c₂: scale of the truncation-bias term √t (d1 + d2) r / T0 of the radius")
          .range(0.0, null),
      ParamSpec.number("ridge", 0.01,
          "λ > 0: prior precision of V = λI and ridge of every MLE").range(0.0, null),
      ParamSpec.bool("intercept", true,
          "model u = [1; x]ᵀ Θ̃ [1; y] (intercept and main effects) rather than xᵀΘy"),
      ParamSpec.number("balance", BurerMonteiro.Settings.defaults().balance(),
          "μ > 0: weight of the balance term ‖UᵀU − VᵀV‖²_F of the factored MLE")
          .range(0.0, null));

  private final ElsaUcb.Settings settings;
  private final RandomGenerator rng;
  private ElsaUcb algorithm;
  private Assortment offered;
  private int[] buffer;

  ElsaPolicy(ElsaUcb.Settings settings, RandomGenerator rng) {
    this.settings = settings;
    this.rng = rng;
  }

  /** {@code assortment.elsa-ucb}. */
  public static ComponentType<Policy<?, ?, ?>> ucb() {
    return type(UCB, "ELSA-UCB with a known rank (paper 003, Alg. 2)",
        List.of(EXPLORATION, ParamSpec.required("rank", ParamType.INTEGER,
            "rank r of Θ̃, at most min(d1, d2) of the model").range(1.0, null)));
  }

  /** {@code assortment.elsa-gic}. */
  public static ComponentType<Policy<?, ?, ?>> gic() {
    return type(GIC, "ELSA-UCB with the rank chosen by GIC (paper 003, App. S.5.2)",
        List.of(EXPLORATION, MAX_RANK, GIC_SCALE));
  }

  /** {@code assortment.elsa-batch}. */
  public static ComponentType<Policy<?, ?, ?>> batch() {
    return type(BATCH, "ELSA updating θ̂ and V every B users (paper 003, App. S.5.3)",
        List.of(EXPLORATION, ParamSpec.integer("batch-size", 10,
                "B ≥ 1: users between parameter updates").range(1.0, null),
            ParamSpec.integer("rank", 0, "rank r of Θ̃; 0: chosen by GIC").range(0.0, null),
            MAX_RANK, GIC_SCALE));
  }

  private static ComponentType<Policy<?, ?, ?>> type(String id, String description,
      List<ParamSpec> own) {
    List<ParamSpec> params = new ArrayList<>(own);
    params.addAll(COMMON);
    Descriptor descriptor = Descriptor.builder(Kind.POLICY, id, AssortmentProtocol.PROTOCOL)
        .description(description)
        .provides(AssortmentProtocol.PARAMETER_ESTIMATE, AssortmentProtocol.RANK_ESTIMATE)
        .param(params.toArray(ParamSpec[]::new))
        .build();
    return ComponentType.policy(descriptor, (p, rng, capabilities) -> {
      VALIDATION.require(id, p);
      return new ElsaPolicy(settings(p), rng);
    }).withValidation(VALIDATION);
  }

  /** Strict positivity the declared ranges cannot say. */
  static final Validation VALIDATION = params -> {
    List<ParamProblem> problems = new ArrayList<>();
    for (String name : List.of("ridge", "balance")) {
      if (params.getDouble(name) <= 0.0) {
        problems.add(ParamProblem.at(name, "must be > 0, was " + params.getDouble(name)));
      }
    }
    return problems;
  };

  private static ElsaUcb.Settings settings(Params params) {
    int rank = params.has("rank") ? params.getInt("rank") : ElsaUcb.RANK_BY_GIC;
    BurerMonteiro.Settings defaults = BurerMonteiro.Settings.defaults();
    return new ElsaUcb.Settings(params.getInt("exploration"), rank,
        params.has("max-rank") ? params.getInt("max-rank") : 0,
        params.has("batch-size") ? params.getInt("batch-size") : 1,
        params.getDouble("confidence"), params.getDouble("truncation"),
        params.getDouble("ridge"), params.getBoolean("intercept"),
        params.has("gic-scale") ? params.getDouble("gic-scale") : 1.0,
        new BurerMonteiro.Settings(params.getDouble("balance"), defaults.maxIterations(),
            defaults.tolerance()));
  }

  @Override
  public Assortment act(AssortmentObservation observation) {
    if (algorithm == null) {
      algorithm = new ElsaUcb(observation.userDimension(), observation.itemDimension(),
          observation.itemCount(), settings);
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
    if (algorithm == null || !algorithm.estimated()) {
      return false;
    }
    DMatrixRMaj theta = algorithm.thetaEstimate();
    System.arraycopy(theta.data, 0, into, 0, theta.getNumElements());
    return true;
  }

  @Override
  public int rank() {
    return algorithm == null ? -1 : algorithm.rank();
  }

  @Override
  public <T> Optional<T> capability(Capability<T> key) {
    if (key.id().equals(AssortmentProtocol.PARAMETER_ESTIMATE.id())
        || key.id().equals(AssortmentProtocol.RANK_ESTIMATE.id())) {
      return Optional.of(key.cast(this));
    }
    return Optional.empty();
  }
}
