package org.recbench.assortment;

import java.util.List;
import org.recbench.api.ComponentType;
import org.recbench.api.Environment;
import org.recbench.api.Metric;
import org.recbench.api.Plugin;
import org.recbench.api.Policy;
import org.recbench.api.figure.FigureSource;
import org.recbench.assortment.env.ExpediaEnvironmentType;
import org.recbench.assortment.env.FixedEnvironmentType;
import org.recbench.assortment.env.LowRankEnvironmentType;
import org.recbench.assortment.figures.RankConsistencyFigure;
import org.recbench.assortment.figures.RegretBySettingFigure;
import org.recbench.assortment.metrics.EstimatedRank;
import org.recbench.assortment.metrics.ExpectedRevenue;
import org.recbench.assortment.metrics.RankDistribution;
import org.recbench.assortment.metrics.ThetaError;
import org.recbench.assortment.policy.ElsaPolicy;
import org.recbench.assortment.policy.OraclePolicy;

/**
 * Paper 003, S. J. Lee, W. W. Sun, Y. Liu, "Low-Rank Online Dynamic Assortment with Dual
 * Contextual Information" (LOAD), arXiv:2404.17592, 2024: the low-rank, context-free and
 * Expedia assortment environments, ELSA-UCB / ELSA-GIC / batched ELSA, the oracle, the
 * estimation metrics and the figures of Sec. 5.
 */
public final class AssortmentPlugin implements Plugin {

  @Override
  public String name() {
    return "assortment";
  }

  @Override
  public List<ComponentType<Environment<?, ?, ?>>> environments() {
    return List.of(LowRankEnvironmentType.type(), FixedEnvironmentType.type(),
        ExpediaEnvironmentType.type());
  }

  @Override
  public List<ComponentType<Policy<?, ?, ?>>> policies() {
    return List.of(ElsaPolicy.ucb(), ElsaPolicy.gic(), ElsaPolicy.batch(), OraclePolicy.type());
  }

  @Override
  public List<ComponentType<Metric<?, ?, ?>>> metrics() {
    return List.of(ExpectedRevenue.type(), EstimatedRank.type(), EstimatedRank.correct(),
        ThetaError.type(), RankDistribution.type());
  }

  @Override
  public List<FigureSource> figures() {
    return List.of(new RankConsistencyFigure(), new RegretBySettingFigure());
  }
}
