package org.recbench.churn.bnb;

import java.util.ArrayList;
import java.util.List;
import org.recbench.api.AnalysisResult;
import org.recbench.api.Capabilities;
import org.recbench.api.ComponentType;
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
 * {@code churn.bnb}: plans with {@link BranchAndBound} from the prior, once per run and instance
 * ({@link SharedPlans}; its analysis reports the plan's certificate and cost), and plays the
 * plan in every session.
 */
public final class BranchAndBoundPolicyType {

  /** Component id. */
  public static final String ID = "churn.bnb";

  private BranchAndBoundPolicyType() {}

  /** The component type. */
  public static ComponentType<Policy<?, ?, ?>> type() {
    Descriptor descriptor = PlannerTypes.descriptor(ID,
        "branch and bound over recommendation prefixes (Alg. 1), planned once from the prior")
        .param(ParamSpec.number("epsilon", 1e-6,
                "prune extensions whose upper bound beats the incumbent by at most this")
                .range(1e-15, null),
            ParamSpec.string("order", "depth-first",
                "which queued prefix is expanded next: depth-first (little memory) or "
                    + "breadth-first (the paper's FIFO queue)")
                .oneOf("depth-first", "breadth-first"),
            ParamSpec.integer("node-budget", 1_000_000,
                "largest number of prefixes expanded; past it the best prefix found is played")
                .range(1.0, null),
            ParamSpec.integer("time-budget-ms", 0,
                "wall-time budget of the search, 0 for none (a budget makes results machine-"
                    + "dependent)").range(0.0, null),
            ParamSpec.bool("dominance", true,
                "drop prefixes dominated by one with the same multiset of categories and more"
                    + " likes (Lemma C.1); false runs Alg. 1 as printed"))
        .build();
    return ComponentType.policy(descriptor, (params, rng, capabilities) -> {
      Planned<BranchAndBound.Result> planned = plan(params, capabilities);
      return new PlanPolicy(planned.result().plan(), planned.cost());
    }).withAnalysis(context -> {
      Planned<BranchAndBound.Result> planned = plan(context.params(), context.capabilities());
      BranchAndBound.Result result = planned.result();
      List<Fact> facts = new ArrayList<>(
          PlannerTypes.facts(result.plan(), planned.cost(), "prefixes expanded"));
      facts.add(new Fact("prefixes dominated", result.prefixesDominated(), "prefixes"));
      facts.add(new Fact("search complete (1 = yes)", result.complete() ? 1 : 0, ""));
      return new AnalysisResult(facts, List.of());
    });
  }

  /** The plan of this configuration on the instance, computed once per run and instance. */
  private static Planned<BranchAndBound.Result> plan(Params params, Capabilities capabilities) {
    ChurnModel model = capabilities.require(SessionProtocol.CHURN_MODEL);
    BranchAndBound.Settings settings = new BranchAndBound.Settings(params.getDouble("epsilon"),
        params.getLong("node-budget"), params.getLong("time-budget-ms") * 1_000_000L,
        order(params.getString("order")), params.getBoolean("dominance"));
    return SharedPlans.obtain(capabilities, SharedPlans.Key.of(ID, params, model), () -> {
      BranchAndBound.Result result = BranchAndBound.solve(ChurnInstance.of(model), settings);
      return new Planned<>(result,
          new PlanningCost(result.planningMillis(), result.nodesExpanded()));
    });
  }

  private static BranchAndBound.Order order(String name) {
    return name.equals("breadth-first") ? BranchAndBound.Order.BREADTH_FIRST
        : BranchAndBound.Order.DEPTH_FIRST;
  }
}
