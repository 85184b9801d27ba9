package org.recbench.core.metrics;

import java.util.List;
import org.recbench.api.ComponentType;
import org.recbench.api.Metric;
import org.recbench.api.Plugin;

/**
 * The plugin built into the harness: protocol-agnostic metrics that read only rewards, steps,
 * episodes, the outcomes' expected rewards, the harness's decision timer, and the planning stats
 * policies provide.
 */
public final class CorePlugin implements Plugin {

  @Override
  public String name() {
    return "core";
  }

  @Override
  public List<ComponentType<Metric<?, ?, ?>>> metrics() {
    return List.of(CumulativeReward.TYPE, MeanEpisodeReward.TYPE, CumulativeRegret.TYPE,
        StepCount.TYPE, MeanEpisodeLength.TYPE, DecisionTime.TYPE, DecisionTime.LEARN,
        PlanningCost.PLANNING_TIME, PlanningCost.NODES_EXPANDED, PlanningCost.PLANNING_REUSED,
        PlanCertificateMetric.PLANNED_VALUE, PlanCertificateMetric.CERTIFIED_BOUND,
        PlanCertificateMetric.CERTIFIED_GAP, PlanCertificateMetric.CERTIFIED);
  }
}
