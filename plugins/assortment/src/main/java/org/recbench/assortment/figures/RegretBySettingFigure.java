package org.recbench.assortment.figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.recbench.api.figure.Axis;
import org.recbench.api.figure.CellSummary;
import org.recbench.api.figure.Figure;
import org.recbench.api.figure.FigureSource;
import org.recbench.api.figure.RunSummary;
import org.recbench.api.figure.Series;

/**
 * {@code assortment.regret-by-setting}: the summary plot of paper 003, Figs. 6–8 — cumulative
 * expected regret at the last checkpoint (mean and 95% CI) against the environment parameter
 * the run varies (rank, d1, items, ...), one line per policy and value of the other varied
 * parameters. Drawn for runs of {@code assortment.*} environments whose configurations differ
 * in at least one numeric parameter; the learning curves per configuration are in the
 * leaderboard already.
 */
public final class RegretBySettingFigure implements FigureSource {

  private static final String REGRET = "regret";

  @Override
  public String id() {
    return "assortment.regret-by-setting";
  }

  @Override
  public List<Figure> figures(RunSummary run) {
    List<CellSummary> cells = run.cells().stream()
        .filter(c -> c.environment().id().startsWith("assortment.")
            && c.metrics().containsKey(REGRET))
        .toList();
    List<String> varied = varied(cells);
    String x = varied.stream().filter(name -> cells.stream()
        .allMatch(c -> c.environment().params().get(name) instanceof Number))
        .findFirst().orElse(null);
    if (x == null) {
      return List.of();
    }
    FinalValues values = new FinalValues();
    for (CellSummary cell : cells) {
      StringBuilder label = new StringBuilder(cell.policy().label());
      for (String other : varied) {
        if (!other.equals(x)) {
          label.append(", ").append(other).append(" = ")
              .append(cell.environment().params().get(other));
        }
      }
      values.add(label.toString(),
          ((Number) cell.environment().params().get(x)).doubleValue(), cell, REGRET);
    }
    List<Series> series = values.series(2);
    if (series.isEmpty()) {
      return List.of();
    }
    return List.of(Figure.lines(id(), "Cumulative regret at the horizon by " + x,
        Axis.linear(x, ""), Axis.linear("cumulative expected regret", ""), series)
        .withCaption("Mean over seeds with 95% confidence intervals at the last checkpoint "
            + "(paper 003, Sec. 5.1)."));
  }

  /** Environment parameters whose value differs between the cells, in declaration order. */
  private static List<String> varied(List<CellSummary> cells) {
    Set<String> names = new LinkedHashSet<>();
    cells.forEach(c -> names.addAll(c.environment().params().keySet()));
    List<String> varied = new ArrayList<>();
    for (String name : names) {
      Map<String, Object> seen = new LinkedHashMap<>();
      for (CellSummary cell : cells) {
        Object value = cell.environment().params().get(name);
        seen.putIfAbsent(text(value), value);
      }
      if (seen.size() > 1) {
        varied.add(name);
      }
    }
    return varied;
  }

  private static String text(Object value) {
    if (value instanceof double[] array) {
      return Arrays.toString(array);
    }
    return value instanceof double[][] matrix ? Arrays.deepToString(matrix)
        : Objects.toString(value);
  }
}
