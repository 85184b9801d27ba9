package org.recbench.churn.dp;

import java.util.ArrayList;
import java.util.List;
import org.recbench.api.AnalysisResult;
import org.recbench.api.Capabilities;
import org.recbench.api.ComponentType;
import org.recbench.api.ConfigurationException;
import org.recbench.api.Descriptor;
import org.recbench.api.Fact;
import org.recbench.api.ParamSpec;
import org.recbench.api.Params;
import org.recbench.api.Policy;
import org.recbench.churn.model.ChurnInstance;
import org.recbench.churn.plan.PlanPolicy;
import org.recbench.churn.plan.PlannerTypes;
import org.recbench.churn.plan.PlanningCost;
import org.recbench.churn.plan.SharedPlans;
import org.recbench.churn.plan.SharedPlans.Planned;
import org.recbench.protocol.session.ChurnModel;
import org.recbench.protocol.session.SessionProtocol;

/**
 * {@code churn.dp}: plans with {@link MultisetDynamicProgram}, once per run and instance
 * ({@link SharedPlans}; its analysis reports the plan's certificate and cost), and plays the plan
 * in every session. Meant for few categories (at most
 * {@value MultisetDynamicProgram#MAX_CATEGORIES}).
 */
public final class MultisetDpPolicyType {

  /** Component id. */
  public static final String ID = "churn.dp";

  private MultisetDpPolicyType() {}

  /** The component type. */
  public static ComponentType<Policy<?, ?, ?>> type() {
    Descriptor descriptor = PlannerTypes.descriptor(ID,
        "exact DP over multisets of categories (Prop. 3.2) with certified leaf bounds")
        .param(ParamSpec.integer("horizon", 255,
                "largest multiset size; at most 2^(64/A) - 1 (255 for 8 categories)")
                .range(0.0, null),
            ParamSpec.number("tolerance", 1e-9,
                "a multiset whose upper and lower bounds differ by at most this is a leaf")
                .range(0.0, null),
            ParamSpec.integer("node-budget", 5_000_000,
                "largest number of multisets; past it the remaining ones become leaves")
                .range(1.0, null))
        .build();
    return ComponentType.policy(descriptor, (params, rng, capabilities) -> {
      Planned<MultisetDynamicProgram.Result> planned = plan(params, capabilities);
      return new PlanPolicy(planned.result().plan(), planned.cost());
    }).withAnalysis(context -> {
      Planned<MultisetDynamicProgram.Result> planned =
          plan(context.params(), context.capabilities());
      MultisetDynamicProgram.Result result = planned.result();
      List<Fact> facts = new ArrayList<>(
          PlannerTypes.facts(result.plan(), planned.cost(), "multisets"));
      facts.add(new Fact("largest multiset", result.depth(), "categories"));
      facts.add(new Fact("every leaf closed (1 = yes)", result.complete() ? 1 : 0, ""));
      return new AnalysisResult(facts, List.of());
    });
  }

  /** The plan of this configuration on the instance, computed once per run and instance. */
  private static Planned<MultisetDynamicProgram.Result> plan(Params params,
      Capabilities capabilities) {
    ChurnModel model = capabilities.require(SessionProtocol.CHURN_MODEL);
    int categories = model.categories();
    if (categories > MultisetDynamicProgram.MAX_CATEGORIES) {
      throw new ConfigurationException(ID + " supports at most "
          + MultisetDynamicProgram.MAX_CATEGORIES + " categories, the environment has "
          + categories + "; use churn.bnb");
    }
    int horizon = params.getInt("horizon");
    if (horizon > MultisetDynamicProgram.maxDepth(categories)) {
      throw new ConfigurationException(ID + ": parameter 'horizon' is " + horizon
          + " but with " + categories + " categories it can be at most "
          + MultisetDynamicProgram.maxDepth(categories));
    }
    MultisetDynamicProgram.Settings settings = new MultisetDynamicProgram.Settings(horizon,
        params.getDouble("tolerance"), params.getLong("node-budget"));
    return SharedPlans.obtain(capabilities, SharedPlans.Key.of(ID, params, model), () -> {
      MultisetDynamicProgram.Result result =
          MultisetDynamicProgram.solve(ChurnInstance.of(model), settings);
      return new Planned<>(result, new PlanningCost(result.planningMillis(), result.multisets()));
    });
  }
}
