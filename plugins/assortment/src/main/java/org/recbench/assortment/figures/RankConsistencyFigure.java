package org.recbench.assortment.figures;

import java.util.List;
import org.recbench.api.figure.Axis;
import org.recbench.api.figure.CellSummary;
import org.recbench.api.figure.Figure;
import org.recbench.api.figure.FigureSource;
import org.recbench.api.figure.RunSummary;
import org.recbench.api.figure.Series;
import org.recbench.assortment.metrics.EstimatedRank;

/**
 * {@code assortment.rank-consistency}: paper 003, Fig. 5 — the share of seeds whose GIC rank is
 * the planted one ({@code assortment.rank-correct}, mean and 95% CI) against the number of
 * exploration users T0 (the policy parameter {@code exploration}), one line per environment
 * configuration and policy. Drawn when a run has that metric for at least two values of T0.
 */
public final class RankConsistencyFigure implements FigureSource {

  @Override
  public String id() {
    return "assortment.rank-consistency";
  }

  @Override
  public List<Figure> figures(RunSummary run) {
    FinalValues values = new FinalValues();
    for (CellSummary cell : run.cells()) {
      if (cell.policy().params().get("exploration") instanceof Number t0
          && cell.metrics().containsKey(EstimatedRank.CORRECT)) {
        values.add(cell.environment().label() + " · " + cell.policy().id(), t0.doubleValue(),
            cell, EstimatedRank.CORRECT);
      }
    }
    List<Series> series = values.series(2);
    if (series.isEmpty()) {
      return List.of();
    }
    return List.of(Figure.lines(id(), "Probability that GIC selects the planted rank",
        Axis.linear("exploration users T0", ""), Axis.linear("P(r̂ = r)", ""), series)
        .withCaption("Mean over seeds of assortment.rank-correct at the last checkpoint, with "
            + "95% confidence intervals (paper 003, Fig. 5)."));
  }
}
