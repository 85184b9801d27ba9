package org.recbench.core.testplugins;

import java.util.ArrayList;
import java.util.List;
import org.recbench.api.figure.Axis;
import org.recbench.api.figure.CellSummary;
import org.recbench.api.figure.Figure;
import org.recbench.api.figure.FigureSource;
import org.recbench.api.figure.RunSummary;
import org.recbench.api.figure.Series;
import org.recbench.api.figure.SummaryPoint;

/**
 * Test figure source {@code test.reward-curves}: on every {@code test.counting} configuration, a
 * line per policy of the mean reward over checkpoints with its interval.
 */
final class RewardCurves implements FigureSource {

  @Override
  public String id() {
    return "test.reward-curves";
  }

  @Override
  public List<Figure> figures(RunSummary run) {
    List<Figure> figures = new ArrayList<>();
    for (CellSummary cell : run.cells()) {
      List<SummaryPoint> points = cell.metrics().get("reward");
      if (!cell.environment().id().equals("test.counting") || points == null) {
        continue;
      }
      double[] x = points.stream().mapToDouble(SummaryPoint::at).toArray();
      figures.add(Figure.lines(id() + "." + cell.policy().label(), "reward of "
              + cell.policy().label(), Axis.linear(run.checkpointUnit(), ""),
              Axis.linear("reward", ""), List.of(new Series(cell.policy().label(), x,
                  points.stream().mapToDouble(SummaryPoint::mean).toArray(),
                  points.stream().mapToDouble(SummaryPoint::low).toArray(),
                  points.stream().mapToDouble(SummaryPoint::high).toArray())))
          .inScope(cell.environment().label()));
    }
    return figures;
  }
}
