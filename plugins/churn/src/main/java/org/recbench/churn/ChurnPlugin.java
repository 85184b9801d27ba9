package org.recbench.churn;

import java.util.List;
import org.recbench.api.ComponentType;
import org.recbench.api.Environment;
import org.recbench.api.Metric;
import org.recbench.api.Plugin;
import org.recbench.api.Policy;
import org.recbench.churn.bnb.BranchAndBoundPolicyType;
import org.recbench.churn.dp.MultisetDpPolicyType;
import org.recbench.churn.env.ChurnEnvironmentTypes;
import org.recbench.churn.metrics.BeliefUncertaintyMetric;
import org.recbench.churn.metrics.OptimalityGapMetric;
import org.recbench.churn.metrics.PolicyValueMetric;
import org.recbench.churn.movielens.MovieLensEnvironmentType;
import org.recbench.churn.pbvi.PbviPolicyType;

/**
 * Paper 002, "Modeling Churn in Recommender Systems with Aggregated Preferences" (Rec-APC):
 * session environments with churn, the exact planners of Sec. 3 and 5, and belief metrics.
 */
public final class ChurnPlugin implements Plugin {

  @Override
  public String name() {
    return "churn";
  }

  @Override
  public List<ComponentType<Environment<?, ?, ?>>> environments() {
    return List.of(ChurnEnvironmentTypes.synthetic(), ChurnEnvironmentTypes.matrix(),
        MovieLensEnvironmentType.type());
  }

  @Override
  public List<ComponentType<Policy<?, ?, ?>>> policies() {
    return List.of(BranchAndBoundPolicyType.type(), MultisetDpPolicyType.type(),
        PbviPolicyType.type());
  }

  @Override
  public List<ComponentType<Metric<?, ?, ?>>> metrics() {
    return List.of(BeliefUncertaintyMetric.type(BeliefUncertaintyMetric.Measure.ENTROPY),
        BeliefUncertaintyMetric.type(BeliefUncertaintyMetric.Measure.MAX),
        OptimalityGapMetric.type(), PolicyValueMetric.type());
  }
}
