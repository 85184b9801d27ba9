package org.recbench.sarsop;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.recbench.api.ComponentType;
import org.recbench.api.ConfigurationException;
import org.recbench.api.Descriptor;
import org.recbench.api.Kind;
import org.recbench.api.ParamProblem;
import org.recbench.api.ParamSpec;
import org.recbench.api.Params;
import org.recbench.api.Policy;
import org.recbench.api.StandardCapabilities;
import org.recbench.api.Validation;
import org.recbench.protocol.pomdp.FinitePomdp;
import org.recbench.protocol.session.SessionProtocol;
import org.recbench.sarsop.export.PomdpExport;
import org.recbench.sarsop.policy.AlphaVectorPolicy;
import org.recbench.sarsop.policy.PolicyFileReader;
import org.recbench.sarsop.solve.PolicyCache;
import org.recbench.sarsop.solve.Pomdpsol;
import org.recbench.sarsop.solve.SolveStats;
import org.recbench.sarsop.solve.SolvedPolicy;

/**
 * Policy {@value #ID}: exports the environment's POMDP ({@link PomdpExport}), solves it with an
 * external {@code pomdpsol} (cached per exported model, {@link PolicyCache}) and plays the
 * resulting alpha vectors ({@link AlphaVectorPolicy}). Its planning time is the wall time of the
 * pomdpsol run that wrote the policy, marked reused when the policy came from the cache; its plan
 * certificate is SARSOP's bounds at b0 ({@link SolveStats#certificate}); its analysis reports
 * SARSOP's bounds, gap, stop reason and times once per configuration ({@link SolveFacts}). The
 * solver and the cache come from the user's environment ({@link SolverSetup}), never from the
 * scenario; when no pomdpsol is available the harness skips its pairs with the reason.
 */
public final class SolvePolicyType {

  /** Component id. */
  public static final String ID = "sarsop.solve";

  private SolvePolicyType() {}

  /** The component type, with the solver and cache that {@code setup} describes. */
  public static ComponentType<Policy<?, ?, ?>> create(SolverSetup setup) {
    Descriptor descriptor = Descriptor.builder(Kind.POLICY, ID, SessionProtocol.PROTOCOL)
        .description("solves the environment's POMDP with SARSOP (external pomdpsol from "
            + SolverSetup.POMDPSOL_VARIABLE + " or the PATH) and plays the policy")
        .requires(FinitePomdp.CAPABILITY)
        .provides(StandardCapabilities.PLANNING_STATS, StandardCapabilities.PLAN_CERTIFICATE,
            SessionProtocol.LIKE_SEQUENCE)
        .param(ParamSpec.number("precision", 1e-3,
                "SARSOP target precision (gap between its bounds at b0)").range(1e-12, null),
            ParamSpec.number("timeout-seconds", Pomdpsol.DEFAULT_TIMEOUT_SECONDS,
                "SARSOP time limit per solve")
                .range(0.001, null),
            ParamSpec.number("discount", PomdpExport.DEFAULT_DISCOUNT,
                "discount of the exported model, strictly between 0 and 1").range(0.0, 1.0),
            ParamSpec.bool("undiscounted-exact", false,
                "rewrite transitions so the discounted value equals the undiscounted one"))
        .build();
    return ComponentType.policy(descriptor, (params, rng, capabilities) -> {
      FinitePomdp model = capabilities.require(FinitePomdp.CAPABILITY);
      SolvedPolicy solved = solve(model, params, setup);
      SolveStats stats = SolveStats.of(solved);
      return AlphaVectorPolicy.of(model, PolicyFileReader.read(solved.policyFile()),
          solved.policyFile().toString(), Optional.of(stats),
          Optional.of(stats.certificate(params.getDouble("precision"))));
    }).withSkipCheck(params -> setup.whyNoSolver()).withValidation(DISCOUNT)
        .withAnalysis(context -> SolveFacts.of(SolveStats.of(solve(
            context.capabilities().require(FinitePomdp.CAPABILITY), context.params(), setup)),
            context.params().getDouble("precision")));
  }

  /**
   * The policy of the exported model: solved by pomdpsol, or read from the cache. The policy
   * type's analysis calls this before the trials, so they find the policy in the cache and report
   * the analysis's solve as cached.
   */
  private static SolvedPolicy solve(FinitePomdp model, Params params, SolverSetup setup) {
    FinitePomdp solverModel = PomdpExport.solverModel(model, params.getDouble("discount"),
        params.getBoolean("undiscounted-exact"));
    Path executable = setup.solver().orElseThrow(() ->
        new ConfigurationException(setup.whyNoSolver().orElseThrow()));
    Pomdpsol solver = new Pomdpsol(executable, params.getDouble("precision"),
        params.getDouble("timeout-seconds"));
    return new PolicyCache(setup.cacheRoot()).policy(solverModel, solver);
  }

  /** The discount must be strictly between 0 and 1: SARSOP solves discounted models only. */
  private static final Validation DISCOUNT = params -> {
    double discount = params.getDouble("discount");
    return discount > 0 && discount < 1 ? List.of() : List.of(ParamProblem.at("discount", "is "
        + discount + "; expected a discount strictly between 0 and 1 (SARSOP solves discounted "
        + "models; for the undiscounted value set undiscounted-exact with a discount below 1)"));
  };
}
