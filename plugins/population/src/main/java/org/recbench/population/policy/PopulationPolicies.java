package org.recbench.population.policy;

import org.recbench.api.AnalysisResult;
import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Kind;
import org.recbench.api.ParamSpec;
import org.recbench.api.ParamType;
import org.recbench.api.Policy;
import org.recbench.population.learner.LeastSquaresRecommender;
import org.recbench.population.learner.OracleRecommender;
import org.recbench.population.ode.OdeLimit;
import org.recbench.protocol.population.PopulationDynamics;
import org.recbench.protocol.population.PopulationProtocol;

/**
 * The policies of the population plugin: the paper's softmax least-squares recommender RS
 * (Lankireddy, Nair and Manjunath, arXiv:2411.13883, 2024, Eqs. 5–8), its greedy limit, an
 * oracle that knows the true θ of the current population state, and uniform random choice.
 */
public final class PopulationPolicies {

  /** Name of the softmax's inverse temperature a. */
  public static final String INVERSE_TEMPERATURE = "inverse-temperature";
  /** Name of the ridge ζ of Eq. 8. */
  public static final String RIDGE = "ridge";
  /** Name of the ODE time the analysis integrates to. */
  public static final String ODE_HORIZON = "ode-horizon";

  private static final ParamSpec RIDGE_SPEC = ParamSpec.number(RIDGE, 0.001,
      "zeta > 0 of Eq. 8, kept from the first step (the paper: 0.001; a simulation at clock"
          + " offset t0 tracks the ODE from s(0) = zeta/t0)").greaterThan(0);

  /**
   * {@code population.softmax-ls}: P(A = k | U = n) ∝ exp(a C_{n,k}ᵀθ̂) (Eq. 5) with θ̂ the ridge
   * least-squares minimiser of Eq. 8, updated by Sherman–Morrison. Its analysis integrates the
   * Theorem 2 ODE of its configuration ({@link OdeLimit}); that is the only use of the
   * {@code population-dynamics} it requires: the factory does not hand the model to the policy,
   * which learns from observations and rewards alone.
   */
  public static final ComponentType<Policy<?, ?, ?>> SOFTMAX_LS = ComponentType.policy(
      Descriptor.builder(Kind.POLICY, "population.softmax-ls", PopulationProtocol.PROTOCOL)
          .description("softmax over ridge least-squares scores of v (x) w (the paper's RS);"
              + " its analysis is the Theorem 2 ODE limit")
          .requires(PopulationProtocol.DYNAMICS)
          .provides(PopulationProtocol.ESTIMATE)
          .param(ParamSpec.number(INVERSE_TEMPERATURE, 8, "a >= 0 of the softmax (Eq. 5): small"
                  + " explores, large exploits (the paper: 8 and 4)").range(0.0, 1e6),
              RIDGE_SPEC,
              ParamSpec.number(ODE_HORIZON, 1000, "ODE time tau the analysis integrates the"
                  + " Theorem 2 ODE to (the paper: 1000); 0 = no ODE analysis").range(0.0, 1e5))
          .build(),
      (params, rng, capabilities) -> {
        double a = params.getDouble(INVERSE_TEMPERATURE);
        double ridge = params.getDouble(RIDGE);
        return new RecommenderPolicy<>(
            (users, products) -> LeastSquaresRecommender.softmax(users, products, a, ridge),
            a, rng);
      }).withAnalysis(context -> {
        double horizon = context.params().getDouble(ODE_HORIZON);
        return horizon == 0 ? AnalysisResult.EMPTY
            : OdeLimit.analyse(context.capabilities().require(PopulationProtocol.DYNAMICS),
                context.params().getDouble(INVERSE_TEMPERATURE),
                context.params().getDouble(RIDGE), horizon);
      });

  /** {@code population.greedy}: the a → ∞ limit, the best-scored product (ties uniform). */
  public static final ComponentType<Policy<?, ?, ?>> GREEDY = ComponentType.policy(
      Descriptor.builder(Kind.POLICY, "population.greedy", PopulationProtocol.PROTOCOL)
          .description("the best ridge least-squares score (a -> infinity), ties uniform")
          .provides(PopulationProtocol.ESTIMATE)
          .param(RIDGE_SPEC)
          .build(),
      (params, rng, capabilities) -> {
        double ridge = params.getDouble(RIDGE);
        return new RecommenderPolicy<>(
            (users, products) -> LeastSquaresRecommender.greedy(users, products, ridge),
            Double.POSITIVE_INFINITY, rng);
      });

  /**
   * {@code population.oracle}: the recommender's choice rule on the true θ of the current
   * population state ({@link org.recbench.population.learner.PopulationParameter}), greedy
   * unless an inverse temperature is given. When the population is learnable (N = p) it
   * recommends argmax_k w_kᵀy_U, so its regret is 0.
   */
  public static final ComponentType<Policy<?, ?, ?>> ORACLE = ComponentType.policy(
      Descriptor.builder(Kind.POLICY, "population.oracle", PopulationProtocol.PROTOCOL)
          .description("knows the true theta of the current population state; greedy unless"
              + " inverse-temperature is set")
          .requires(PopulationProtocol.DYNAMICS, PopulationProtocol.STATE)
          .provides(PopulationProtocol.ESTIMATE)
          .param(ParamSpec.optional(INVERSE_TEMPERATURE, ParamType.NUMBER,
              "a >= 0 of a softmax on the true scores; greedy when omitted").range(0.0, 1e6))
          .build(),
      (params, rng, capabilities) -> {
        double a = params.has(INVERSE_TEMPERATURE) ? params.getDouble(INVERSE_TEMPERATURE)
            : Double.POSITIVE_INFINITY;
        PopulationDynamics dynamics = capabilities.require(PopulationProtocol.DYNAMICS);
        OracleRecommender oracle = new OracleRecommender(dynamics.population(),
            capabilities.require(PopulationProtocol.STATE), a);
        return new RecommenderPolicy<>((users, products) -> oracle, a, rng);
      });

  /** {@code population.random}: a uniformly random product. */
  public static final ComponentType<Policy<?, ?, ?>> RANDOM = RandomProduct.TYPE;

  private PopulationPolicies() {}
}
