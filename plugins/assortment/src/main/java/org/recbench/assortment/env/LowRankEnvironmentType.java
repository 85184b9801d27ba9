package org.recbench.assortment.env;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;
import org.recbench.api.Capabilities;
import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Environment;
import org.recbench.api.Kind;
import org.recbench.api.ParamProblem;
import org.recbench.api.ParamSpec;
import org.recbench.api.ParamType;
import org.recbench.api.Params;
import org.recbench.api.StandardCapabilities;
import org.recbench.api.Validation;
import org.recbench.assortment.model.BilinearMnl;
import org.recbench.assortment.model.LowRankGenerator;
import org.recbench.assortment.model.LowRankInstance;
import org.recbench.assortment.model.Misspecification;
import org.recbench.assortment.model.RevenueRule;
import org.recbench.protocol.assortment.AssortmentProtocol;
import org.recbench.protocol.assortment.BilinearParameter;

/**
 * {@code assortment.lowrank}: the synthetic LOAD instances of paper 003, Sec. 5.1 — Θ = U diag(σ)
 * Vᵀ of rank r with Haar-random orthonormal U, V and σ = 10, item features y_i ~ N(0, I_{d2})
 * fixed for the trial, a fresh user x_t ~ N(0, I_{d1}) every round, unit revenues — and the
 * three misspecified cases of Fig. 9 ({@code mode}). A new instance is drawn per seed from the
 * environment's stream, so every policy meets the same instances.
 */
public final class LowRankEnvironmentType {

  /** Component id. */
  public static final String ID = "assortment.lowrank";

  private LowRankEnvironmentType() {}

  /** The component type, with its validation. */
  public static ComponentType<Environment<?, ?, ?>> type() {
    Descriptor descriptor = Descriptor.builder(Kind.ENVIRONMENT, ID, AssortmentProtocol.PROTOCOL)
        .description("low-rank bilinear MNL assortment (paper 003, Sec. 5.1; Fig. 9 modes)")
        .provides(StandardCapabilities.EXPECTED_REWARDS, AssortmentProtocol.MNL_ORACLE,
            AssortmentProtocol.BILINEAR_PARAMETER)
        .param(ParamSpec.integer("d1", 10, "user feature dimension").range(1.0, null),
            ParamSpec.integer("d2", 10, "item feature dimension").range(1.0, null),
            ParamSpec.integer("rank", 2,
                "rank r of Θ, at most min(d1, d2) (ignored by full-rank and main-effects)")
                .range(1.0, null),
            ParamSpec.integer("items", 20, "number of items N").range(1.0, null),
            ParamSpec.integer("capacity", 5, "largest assortment K, at most N").range(1.0, null),
            ParamSpec.number("singular-value", LowRankGenerator.PAPER_SINGULAR_VALUE,
                "σ: every leading singular value of Θ (main effects: ‖α‖ = ‖β‖ = σ)")
                .range(0.0, null),
            ParamSpec.string("mode", Misspecification.EXACT.id(),
                "exact (rank r), approx-low-rank (tail singular values tail-fraction·σ), "
                    + "full-rank (all σ) or main-effects (u = αᵀx + βᵀy)")
                .oneOf("exact", "approx-low-rank", "full-rank", "main-effects"),
            ParamSpec.number("tail-fraction", LowRankGenerator.PAPER_TAIL_FRACTION,
                "approx-low-rank: the tail singular values as a fraction of σ").range(0.0, 1.0),
            ParamSpec.string("revenues", "unit",
                "unit (r_i = 1, the paper), uniform (drawn in [revenue-low, revenue-high]) or "
                    + "explicit (revenue-values)").oneOf("unit", "uniform", "explicit"),
            ParamSpec.number("revenue-low", 0.5, "uniform revenues: lower end, > 0")
                .range(0.0, null),
            ParamSpec.number("revenue-high", 1.5, "uniform revenues: upper end").range(0.0, null),
            ParamSpec.optional("revenue-values", ParamType.NUMBER_ARRAY,
                "explicit revenues: one positive number per item"))
        .build();
    return ComponentType.environment(descriptor, LowRankEnvironmentType::create)
        .withValidation(VALIDATION);
  }

  /** Constraints between the parameters. */
  static final Validation VALIDATION = params -> {
    List<ParamProblem> problems = new ArrayList<>();
    int d1 = params.getInt("d1");
    int d2 = params.getInt("d2");
    Misspecification mode = Misspecification.fromId(params.getString("mode"));
    boolean ranked = mode == Misspecification.EXACT || mode == Misspecification.APPROX_LOW_RANK;
    if (ranked && params.getInt("rank") > Math.min(d1, d2)) {
      problems.add(ParamProblem.at("rank", "rank " + params.getInt("rank")
          + " exceeds min(d1, d2) = " + Math.min(d1, d2)));
    }
    if (params.getDouble("singular-value") <= 0.0) {
      problems.add(ParamProblem.at("singular-value", "must be > 0"));
    }
    if (mode == Misspecification.APPROX_LOW_RANK && params.getDouble("tail-fraction") >= 1.0) {
      problems.add(ParamProblem.at("tail-fraction", "must be < 1 for approx-low-rank"));
    }
    problems.addAll(Revenues.problems(params, params.getInt("items")));
    if (params.getInt("capacity") > params.getInt("items")) {
      problems.add(ParamProblem.at("capacity", "capacity " + params.getInt("capacity")
          + " exceeds the number of items N = " + params.getInt("items")));
    }
    return problems;
  };

  private static MnlEnvironment create(Params params, RandomGenerator rng,
      Capabilities capabilities) {
    VALIDATION.require(ID, params);
    Misspecification mode = Misspecification.fromId(params.getString("mode"));
    int d1 = params.getInt("d1");
    int d2 = params.getInt("d2");
    int rank = Math.min(params.getInt("rank"), Math.min(d1, d2));
    RevenueRule revenues = Revenues.rule(params);
    LowRankInstance instance = new LowRankGenerator(d1, d2, rank, params.getInt("items"),
        params.getInt("capacity"), params.getDouble("singular-value"), mode,
        params.getDouble("tail-fraction"), revenues).generate(rng);
    BilinearMnl model = instance.model();
    return new MnlEnvironment(d1, model.itemFeatures(), model.revenues(), instance.capacity(),
        LowRankEnvironmentType::standardNormal, model::utilities,
        parameter(model.theta(), plantedRank(mode, rank, d1, d2)), rng);
  }

  /** The rank a correct selection recovers: r, r (the dominant part), min(d1, d2), or 2. */
  static int plantedRank(Misspecification mode, int rank, int d1, int d2) {
    return switch (mode) {
      case EXACT, APPROX_LOW_RANK -> rank;
      case FULL_RANK -> Math.min(d1, d2);
      case MAIN_EFFECTS -> 2;
    };
  }

  static BilinearParameter parameter(DMatrixRMaj theta, int rank) {
    return new BilinearParameter(theta.numRows - 1, theta.numCols - 1, theta.data.clone(),
        rank);
  }

  private static void standardNormal(RandomGenerator rng, double[] into) {
    for (int a = 0; a < into.length; a++) {
      into[a] = rng.nextGaussian();
    }
  }
}
