package org.recbench.churn.pbvi;

import org.recbench.api.ComponentType;
import org.recbench.api.ConfigurationException;
import org.recbench.api.Descriptor;
import org.recbench.api.ParamSpec;
import org.recbench.api.Policy;
import org.recbench.protocol.session.ChurnModel;
import org.recbench.protocol.session.SessionProtocol;
import org.recbench.churn.model.ChurnInstance;
import org.recbench.churn.plan.PlannerTypes;
import org.recbench.churn.plan.PlanningCost;
import org.recbench.churn.plan.Stopwatch;

/** {@code churn.pbvi}: point-based value iteration on a belief grid, for few types. */
public final class PbviPolicyType {

  /** Component id. */
  public static final String ID = "churn.pbvi";

  private PbviPolicyType() {}

  /** The component type. */
  public static ComponentType<Policy<?, ?, ?>> type() {
    Descriptor descriptor = PlannerTypes.descriptor(ID,
        "point-based value iteration on a regular belief grid (Prop. 3.3), for few types")
        .param(ParamSpec.integer("resolution", 10,
                "grid beliefs have entries in {0, 1/n, ..., 1}; C(n+U-1, U-1) points")
                .range(1.0, null),
            ParamSpec.integer("iterations", 500, "number of backup stages T")
                .range(0.0, null))
        .build();
    return ComponentType.policy(descriptor, (params, rng, capabilities) -> {
      ChurnModel model = capabilities.require(SessionProtocol.CHURN_MODEL);
      int resolution = params.getInt("resolution");
      if (BeliefGrid.size(model.types(), resolution,
          PointBasedValueIteration.MAX_GRID_POINTS) < 0) {
        throw new ConfigurationException(ID + ": a grid of resolution " + resolution + " over "
            + model.types() + " types has more than " + PointBasedValueIteration.MAX_GRID_POINTS
            + " points; lower 'resolution' or use churn.bnb");
      }
      PointBasedValueIteration.Settings settings =
          new PointBasedValueIteration.Settings(resolution, params.getInt("iterations"));
      Stopwatch.Timed<PbviSolution> run = Stopwatch.time(
          () -> PointBasedValueIteration.solve(ChurnInstance.of(model), settings));
      return new PbviPolicy(run.result(), model,
          new PlanningCost(run.millis(), run.result().backups()));
    });
  }
}
