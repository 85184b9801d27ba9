package org.recbench.menus.policy;

import java.util.List;
import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Kind;
import org.recbench.api.ParamSpec;
import org.recbench.api.ParamType;
import org.recbench.api.Params;
import org.recbench.api.Policy;
import org.recbench.menus.agent.Combinations;
import org.recbench.menus.algorithm.MenuProblem;
import org.recbench.menus.dbg.DbgMenus;
import org.recbench.menus.dbg.DeferredBanditGradient;
import org.recbench.menus.eird.EirdTargeting;
import org.recbench.menus.exp.Exp3;
import org.recbench.menus.exp.ExpVertices;
import org.recbench.menus.exp.MenuExp3;
import org.recbench.menus.smoothed.SmoothedOgd;
import org.recbench.protocol.menu.AgentAssumptions;
import org.recbench.protocol.menu.MenuProtocol;

/**
 * The policies of the menus plugin: the algorithms of Brown and Agarwal (ALT 2024) and their
 * baselines, each a {@link MenuPolicy} around a {@link org.recbench.menus.algorithm.MenuAlgorithm}.
 * A parameter without a default takes the value the algorithm's {@code Settings.defaults}
 * derives from n, k, T and γ (formulas in the module README and the parameter docs).
 */
public final class MenuPolicyTypes {

  private static final String STEP_SIZE = "step-size";
  private static final String EXPLORATION = "exploration";
  private static final String DEFERRAL = "deferral";
  private static final String DRIFT = "drift-threshold";
  private static final String SLACK = "slack";
  private static final String SAMPLES = "samples-per-menu";
  private static final String SATURATION = "saturation-rounds";
  private static final String DELTA = "delta";
  private static final String BATCH = "batch-length";
  private static final String WINDOW = "window";

  private static final ParamSpec[] DBG_PARAMS = {
      ParamSpec.optional(STEP_SIZE, ParamType.NUMBER, "DBG step size eta; sqrt(2/(T n (1 + "
          + "n/(xi D)))) when omitted").range(1e-12, null),
      ParamSpec.optional(EXPLORATION, ParamType.NUMBER, "DBG uniform exploration xi; "
          + "min(1/2, T^-1/4) when omitted").range(1e-6, 0.999),
      ParamSpec.optional(DEFERRAL, ParamType.INTEGER, "DBG deferral window D in rounds; "
          + "ceil(T^1/4) when omitted").range(1.0, 1e6)};

  /** {@code menus.dbg}: Deferred Bandit Gradient on menus, without preference learning. */
  public static final ComponentType<Policy<?, ?, ?>> DBG = ComponentType.policy(
      Descriptor.builder(Kind.POLICY, "menus.dbg", MenuProtocol.PROTOCOL)
          .description("Deferred Bandit Gradient (Sec. 3.2) over the capped simplex, realised "
              + "by MenuDist at equal scores; never learns preferences")
          .provides(MenuProtocol.CHOICE_TARGET)
          .param(DBG_PARAMS)
          .build(),
      (params, rng, capabilities) -> new MenuPolicy(
          (problem, r) -> new DbgMenus(problem, dbgSettings(params, problem), r), null, rng, true));

  /** {@code menus.eird}: Algorithm 2. */
  public static final ComponentType<Policy<?, ?, ?>> EIRD = ComponentType.policy(
      Descriptor.builder(Kind.POLICY, "menus.eird", MenuProtocol.PROTOCOL)
          .description("Algorithm 2 (Sec. 3.3): DBG targets realised by MenuDist at learnt "
              + "scores, re-estimated when memory drifts")
          .requires(MenuProtocol.AGENT_ASSUMPTIONS)
          .provides(MenuProtocol.CHOICE_TARGET)
          .param(ParamSpec.number(DRIFT, 0.3, "l1 memory drift since the last estimate that "
                  + "starts a learning stage").range(1e-9, 2.0),
              ParamSpec.number(SLACK, 0.1, "relaxation rho of the estimated IRD constraints "
                  + "tau_i <= 1 + rho").range(0.0, 10.0),
              ParamSpec.optional(SAMPLES, ParamType.INTEGER, "times each estimation menu is "
                  + "shown per learning stage; ceil(min(2 T^1/3, drift H / (2M))) when omitted")
                  .range(1.0, 1e6),
              ParamSpec.optional(SATURATION, ParamType.INTEGER, "random menus before the first "
                  + "learning stage; ceil(min(1/(1-gamma), sqrt T)) when omitted")
                  .range(0.0, null))
          .param(DBG_PARAMS)
          .build(),
      (params, rng, capabilities) -> {
        AgentAssumptions agent = capabilities.require(MenuProtocol.AGENT_ASSUMPTIONS);
        return new MenuPolicy((problem, r) -> new EirdTargeting(problem,
            eirdSettings(params, problem, agent.lowerBound()), r), agent, rng, true);
      });

  /** {@code menus.smoothed-ogd}: Algorithm 3. */
  public static final ComponentType<Policy<?, ?, ?>> SMOOTHED_OGD = ComponentType.policy(
      Descriptor.builder(Kind.POLICY, "menus.smoothed-ogd", MenuProtocol.PROTOCOL)
          .description("Algorithm 3 (Sec. 4.1): burn-in, score learning, batched OGD over the "
              + "delta-smoothed simplex, for scale-bounded preferences")
          .requires(MenuProtocol.AGENT_ASSUMPTIONS)
          .provides(MenuProtocol.CHOICE_TARGET)
          .param(ParamSpec.number(DELTA, 0.1, "smoothing delta of the target set Delta_delta")
                  .range(1e-6, 0.999),
              ParamSpec.number(DRIFT, 0.2, "l1 memory drift since the last estimate that "
                  + "starts a learning stage").range(1e-9, 2.0),
              ParamSpec.optional(BATCH, ParamType.INTEGER, "rounds B per OGD step; "
                  + "ceil(2 min(1/(1-gamma), sqrt T)) when omitted").range(1.0, 1e9),
              ParamSpec.optional(STEP_SIZE, ParamType.NUMBER, "OGD step size eta; "
                  + "sqrt(2/(n T/B)) when omitted").range(1e-12, null))
          .build(),
      (params, rng, capabilities) -> {
        AgentAssumptions agent = capabilities.require(MenuProtocol.AGENT_ASSUMPTIONS);
        return new MenuPolicy((problem, r) -> new SmoothedOgd(problem,
            smoothedSettings(params, problem, agent.lowerBound()), r), agent, rng, true);
      });

  /** {@code menus.exp-vertices}: the EXP-style algorithm of Section 6.1. */
  public static final ComponentType<Policy<?, ?, ?>> EXP_VERTICES = ComponentType.policy(
      Descriptor.builder(Kind.POLICY, "menus.exp-vertices", MenuProtocol.PROTOCOL)
          .description("the EXP-style algorithm (Sec. 6.1): EXP3 over the vertices of the "
              + "smoothed simplex, each pull committing to one item for a window")
          .requires(MenuProtocol.AGENT_ASSUMPTIONS)
          .param(ParamSpec.optional(WINDOW, ParamType.INTEGER, "commit window W in rounds; "
                  + "ceil(4/(1-gamma)) (ceil(sqrt T) for gamma = 1) when omitted")
                  .range(1.0, 1e9),
              ParamSpec.optional(EXPLORATION, ParamType.NUMBER, "EXP3 exploration; "
                  + "min(1, sqrt(n ln n / ((e-1) ceil(T/W)))) when omitted").range(1e-9, 1.0))
          .build(),
      (params, rng, capabilities) -> new MenuPolicy((problem, r) -> {
        int window = params.has(WINDOW) ? params.getInt(WINDOW) : ExpVertices.defaultWindow(problem);
        long pulls = (problem.horizon() + window - 1) / window;
        return new ExpVertices(problem, window, params.has(EXPLORATION)
            ? params.getDouble(EXPLORATION) : Exp3.tunedGamma(problem.items(), pulls), r);
      }, capabilities.require(MenuProtocol.AGENT_ASSUMPTIONS), rng, false));

  /** {@code menus.exp3}: EXP3 with one arm per menu, blind to adaptation. */
  public static final ComponentType<Policy<?, ?, ?>> EXP3 = ComponentType.policy(
      Descriptor.builder(Kind.POLICY, "menus.exp3", MenuProtocol.PROTOCOL)
          .description("baseline: EXP3 with one arm per menu (C(n, k) <= 2^24 arms), blind to "
              + "the agent's adaptation")
          .param(ParamSpec.optional(EXPLORATION, ParamType.NUMBER, "EXP3 exploration; "
              + "min(1, sqrt(A ln A / ((e-1) T))) for A = C(n, k) arms when omitted")
              .range(1e-9, 1.0))
          .build(),
      (params, rng, capabilities) -> new MenuPolicy((problem, r) -> new MenuExp3(problem,
          params.has(EXPLORATION) ? params.getDouble(EXPLORATION) : Exp3.tunedGamma(
              new Combinations(problem.items(), problem.menuSize()).count(), problem.horizon()),
          r), null, rng, false));

  /** {@code menus.random}: uniformly random menus. */
  public static final ComponentType<Policy<?, ?, ?>> RANDOM = ComponentType.policy(
      Descriptor.builder(Kind.POLICY, "menus.random", MenuProtocol.PROTOCOL)
          .description("baseline: a uniformly random menu of k items every round")
          .build(),
      (params, rng, capabilities) -> new MenuPolicy((problem, r) -> new RandomMenus(
          problem.items(), problem.menuSize(), r), null, rng, false));

  /** {@code menus.oracle}: the myopic oracle. */
  public static final ComponentType<Policy<?, ?, ?>> ORACLE = ComponentType.policy(
      Descriptor.builder(Kind.POLICY, "menus.oracle", MenuProtocol.PROTOCOL)
          .description("oracle: knows the preference model and the rewards, shows the menu with "
              + "the highest expected reward at the current memory")
          .requires(MenuProtocol.PREFERENCE_MODEL, MenuProtocol.REWARD_SEQUENCE,
              MenuProtocol.AGENT_ASSUMPTIONS)
          .build(),
      (params, rng, capabilities) -> new MenuPolicy((problem, r) -> new MyopicOracle(problem,
          capabilities.require(MenuProtocol.PREFERENCE_MODEL),
          capabilities.require(MenuProtocol.REWARD_SEQUENCE)),
          capabilities.require(MenuProtocol.AGENT_ASSUMPTIONS), rng, false));

  private MenuPolicyTypes() {}

  /** Every policy type of the plugin, in listing order. */
  public static List<ComponentType<Policy<?, ?, ?>>> all() {
    return List.of(DBG, EIRD, SMOOTHED_OGD, EXP_VERTICES, EXP3, RANDOM, ORACLE);
  }

  static DeferredBanditGradient.Settings dbgSettings(Params params, MenuProblem problem) {
    long t = problem.horizon();
    double xi = params.has(EXPLORATION) ? params.getDouble(EXPLORATION)
        : Math.min(0.5, Math.pow(t, -0.25));
    int d = params.has(DEFERRAL) ? params.getInt(DEFERRAL) : (int) Math.ceil(Math.pow(t, 0.25));
    double eta = params.has(STEP_SIZE) ? params.getDouble(STEP_SIZE)
        : DeferredBanditGradient.Settings.stepSize(problem.items(), t, xi, d);
    return new DeferredBanditGradient.Settings(eta, xi, d);
  }

  static EirdTargeting.Settings eirdSettings(Params params, MenuProblem problem, double lambda) {
    EirdTargeting.Settings d = EirdTargeting.Settings.defaults(problem, lambda,
        params.getDouble(DRIFT));
    return new EirdTargeting.Settings(lambda,
        params.has(SATURATION) ? params.getLong(SATURATION) : d.saturationRounds(),
        params.has(SAMPLES) ? params.getInt(SAMPLES) : d.samplesPerMenu(),
        d.driftThreshold(), params.getDouble(SLACK), dbgSettings(params, problem));
  }

  static SmoothedOgd.Settings smoothedSettings(Params params, MenuProblem problem,
      double lambda) {
    double delta = params.getDouble(DELTA);
    SmoothedOgd.Settings d = params.has(BATCH)
        ? SmoothedOgd.Settings.defaults(problem, lambda, delta, params.getInt(BATCH))
        : SmoothedOgd.Settings.defaults(problem, lambda, delta);
    return new SmoothedOgd.Settings(lambda, delta, d.saturationRounds(), d.spreadTolerance(),
        d.maxSpreadRounds(), d.learnRounds(), d.batchLength(), params.getDouble(DRIFT),
        params.has(STEP_SIZE) ? params.getDouble(STEP_SIZE) : d.stepSize());
  }
}
