package org.recbench.churn.dp;

import org.recbench.api.ComponentType;
import org.recbench.api.ConfigurationException;
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
 * {@code churn.dp}: plans once per trial with {@link MultisetDynamicProgram} and plays the plan in
 * every session. Meant for few categories (at most {@value MultisetDynamicProgram#MAX_CATEGORIES}).
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
      ChurnInstance instance = ChurnInstance.of(capabilities.require(SessionProtocol.CHURN_MODEL));
      int categories = instance.categories();
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
      Stopwatch.Timed<MultisetDynamicProgram.Result> run =
          Stopwatch.time(() -> MultisetDynamicProgram.solve(instance, settings));
      return new PlanPolicy(run.result().plan(),
          new PlanningCost(run.millis(), run.result().multisets()));
    });
  }
}
