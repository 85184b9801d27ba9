package org.recbench.churn.pbvi;

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
import org.recbench.churn.plan.PlannerTypes;
import org.recbench.churn.plan.PlanningCost;
import org.recbench.churn.plan.SharedPlans;
import org.recbench.churn.plan.SharedPlans.Planned;
import org.recbench.churn.plan.Stopwatch;
import org.recbench.churn.value.ExactValue;
import org.recbench.churn.value.PolicyValue;
import org.recbench.protocol.session.ChurnModel;
import org.recbench.protocol.session.SessionProtocol;

/**
 * {@code churn.pbvi}: point-based value iteration on a belief grid, for few types, computed once
 * per run and instance ({@link SharedPlans}); its analysis reports V_T(q), the stated error bound,
 * the exact value of the played policy and the cost.
 */
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
      Planned<PbviSolution> planned = plan(params, capabilities);
      return new PbviPolicy(planned.result(), capabilities.require(SessionProtocol.CHURN_MODEL),
          planned.cost());
    }).withAnalysis(context -> {
      Planned<PbviSolution> planned = plan(context.params(), context.capabilities());
      PbviSolution solution = planned.result();
      List<Fact> facts = new ArrayList<>(
          PlannerTypes.certificateFacts(PbviPolicy.certificate(solution)));
      facts.add(new Fact("stated error bound", solution.errorBound(), PlannerTypes.LIKES));
      PolicyValue played = ExactValue.ofRule(solution.instance(), solution::action,
          ExactValue.TOLERANCE, ExactValue.MAX_STEPS);
      facts.add(new Fact("exact value of the played policy", played.value(),
          PlannerTypes.LIKES));
      facts.addAll(PlannerTypes.costFacts(planned.cost(), "point backups"));
      return new AnalysisResult(facts, List.of());
    });
  }

  /** The solution of this configuration on the instance, computed once per run and instance. */
  private static Planned<PbviSolution> plan(Params params, Capabilities capabilities) {
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
    return SharedPlans.obtain(capabilities, SharedPlans.Key.of(ID, params, model), () -> {
      Stopwatch.Timed<PbviSolution> run = Stopwatch.time(
          () -> PointBasedValueIteration.solve(ChurnInstance.of(model), settings));
      return new Planned<>(run.result(),
          new PlanningCost(run.millis(), run.result().backups()));
    });
  }
}
