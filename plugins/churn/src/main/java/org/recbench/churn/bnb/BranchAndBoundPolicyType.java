package org.recbench.churn.bnb;

import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.ParamSpec;
import org.recbench.api.Policy;
import org.recbench.protocol.session.SessionProtocol;
import org.recbench.churn.model.ChurnInstance;
import org.recbench.churn.plan.PlanPolicy;
import org.recbench.churn.plan.PlannerTypes;
import org.recbench.churn.plan.PlanningCost;
import org.recbench.churn.plan.Stopwatch;

/**
 * {@code churn.bnb}: plans once per trial with {@link BranchAndBound} from the prior and plays the
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
                    + "dependent)").range(0.0, null))
        .build();
    return ComponentType.policy(descriptor, (params, rng, capabilities) -> {
      ChurnInstance instance = ChurnInstance.of(capabilities.require(SessionProtocol.CHURN_MODEL));
      BranchAndBound.Settings settings = new BranchAndBound.Settings(params.getDouble("epsilon"),
          params.getLong("node-budget"), params.getLong("time-budget-ms") * 1_000_000L,
          order(params.getString("order")));
      Stopwatch.Timed<BranchAndBound.Result> run =
          Stopwatch.time(() -> BranchAndBound.solve(instance, settings));
      return new PlanPolicy(run.result().plan(),
          new PlanningCost(run.millis(), run.result().nodesExpanded()));
    });
  }

  private static BranchAndBound.Order order(String name) {
    return name.equals("breadth-first") ? BranchAndBound.Order.BREADTH_FIRST
        : BranchAndBound.Order.DEPTH_FIRST;
  }
}
