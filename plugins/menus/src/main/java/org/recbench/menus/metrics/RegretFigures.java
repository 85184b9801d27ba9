package org.recbench.menus.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.DoubleUnaryOperator;
import org.recbench.api.figure.Axis;
import org.recbench.api.figure.CellSummary;
import org.recbench.api.figure.ChartKind;
import org.recbench.api.figure.Figure;
import org.recbench.api.figure.FigureSource;
import org.recbench.api.figure.RunSummary;
import org.recbench.api.figure.Scale;
import org.recbench.api.figure.Series;
import org.recbench.api.figure.SummaryPoint;
import org.recbench.menus.env.DiscountedMenusType;

/**
 * Regret against a grid parameter of {@code menus.discounted}: for every regret metric of the
 * run ({@code regret}, {@code menus.regret-*}) and every environment parameter the scenario
 * varies — the game length T, the discount γ (drawn as the effective memory 1/(1 − γ)), the
 * menu size k, the number of items, the memory exponent, the switching period — one figure per
 * setting of the other parameters, with one line per policy: the mean final regret over seeds
 * and its 95% confidence interval. Against T the axes are logarithmic and each line's
 * least-squares log–log slope ({@link LogLogSlope}) is in its legend and the caption: the
 * exponent of the regret's growth, the number Theorems 2 and 3 are about. A line with a mean
 * regret ≤ 0 at some T (a policy that beat the comparator there) has no slope: a fit over the
 * other points would misstate the growth.
 */
public final class RegretFigures implements FigureSource {

  private record Grid(String param, String label, Scale x, Scale y, boolean slope,
      DoubleUnaryOperator transform) {}

  private static final List<Grid> GRIDS = List.of(
      new Grid("rounds", "game length T", Scale.LOG, Scale.LOG, true, t -> t),
      new Grid("gamma", "effective memory 1/(1 - gamma)", Scale.LOG, Scale.LINEAR, false,
          g -> g < 1 ? 1 / (1 - g) : Double.NaN),
      new Grid("memory-exponent", "memory exponent c (memory T^c)", Scale.LINEAR, Scale.LINEAR,
          false, c -> c),
      new Grid("menu-size", "menu size k", Scale.LINEAR, Scale.LINEAR, false, k -> k),
      new Grid("items", "items n", Scale.LINEAR, Scale.LINEAR, false, n -> n),
      new Grid("period", "reward switching period L", Scale.LOG, Scale.LINEAR, false, l -> l));

  @Override
  public String id() {
    return "menus.regret-figures";
  }

  @Override
  public List<Figure> figures(RunSummary run) {
    List<CellSummary> cells = run.cells().stream()
        .filter(c -> c.environment().id().equals(DiscountedMenusType.ID)).toList();
    Set<String> metrics = new LinkedHashSet<>();
    cells.forEach(c -> c.metrics().keySet().stream()
        .filter(key -> key.equals("regret") || key.startsWith("menus.regret"))
        .forEach(metrics::add));
    List<Figure> figures = new ArrayList<>();
    if (metrics.isEmpty()) {
      return figures;
    }
    Set<String> varying = varying(cells);
    for (Grid grid : GRIDS) {
      if (!varying.contains(grid.param())) {
        continue;
      }
      Map<String, List<CellSummary>> groups = new LinkedHashMap<>();
      for (CellSummary cell : cells) {
        groups.computeIfAbsent(others(cell, grid.param(), varying), k -> new ArrayList<>())
            .add(cell);
      }
      int group = 0;
      for (Map.Entry<String, List<CellSummary>> entry : groups.entrySet()) {
        for (String metric : metrics) {
          Figure figure = figure(grid, metric, entry.getKey(), entry.getValue(), group);
          if (figure != null) {
            figures.add(figure);
          }
        }
        group++;
      }
    }
    return figures;
  }

  private static Figure figure(Grid grid, String metric, String setting,
      List<CellSummary> cells, int group) {
    Map<String, TreeMap<Double, SummaryPoint>> byPolicy = new LinkedHashMap<>();
    int dropped = 0;
    for (CellSummary cell : cells) {
      Object raw = cell.environment().params().get(grid.param());
      List<SummaryPoint> points = cell.metrics().get(metric);
      if (!(raw instanceof Number value) || points == null || points.isEmpty()) {
        continue;
      }
      double x = grid.transform().applyAsDouble(value.doubleValue());
      if (!Double.isFinite(x)) {
        dropped++;
        continue;
      }
      byPolicy.computeIfAbsent(cell.policy().label(), k -> new TreeMap<>())
          .put(x, points.get(points.size() - 1));
    }
    if (byPolicy.values().stream().noneMatch(m -> m.size() >= 2)) {
      return null;
    }
    List<Series> series = new ArrayList<>();
    List<String> slopes = new ArrayList<>();
    for (Map.Entry<String, TreeMap<Double, SummaryPoint>> entry : byPolicy.entrySet()) {
      double[] x = entry.getValue().keySet().stream().mapToDouble(Double::doubleValue).toArray();
      SummaryPoint[] p = entry.getValue().values().toArray(SummaryPoint[]::new);
      double[] y = Arrays.stream(p).mapToDouble(SummaryPoint::mean).toArray();
      String label = entry.getKey();
      if (grid.slope()) {
        boolean positive = Arrays.stream(y).allMatch(v -> v > 0);
        double slope = positive ? LogLogSlope.of(x, y) : Double.NaN;
        String text = Double.isNaN(slope) ? "n/a" : String.format(Locale.ROOT, "%.2f", slope);
        slopes.add(entry.getKey() + " " + text);
        label += " (slope " + text + ")";
      }
      series.add(new Series(label, x, y, Arrays.stream(p).mapToDouble(SummaryPoint::low).toArray(),
          Arrays.stream(p).mapToDouble(SummaryPoint::high).toArray()));
    }
    String where = setting.isEmpty() ? "" : " (" + setting + ")";
    StringBuilder caption = new StringBuilder("Mean final " + metric + " over seeds with 95% "
        + "confidence intervals against the " + grid.label() + where + ".");
    if (grid.slope()) {
      caption.append(" Log-log axes; fitted slopes (least squares of log mean regret on log T; "
          + "n/a when a mean is not positive, i.e. the policy beat the comparator at some T, "
          + "and such points are not drawn): ").append(String.join(", ", slopes)).append('.');
    }
    if (dropped > 0) {
      caption.append(" Uniform memory (gamma = 1, infinite effective memory) is not drawn.");
    }
    return new Figure("menus.regret-vs-" + grid.param() + "." + metric + "." + group,
        metric + " against the " + grid.label() + where, ChartKind.LINE,
        new Axis(grid.label(), grid.param().equals("menu-size") || grid.param().equals("items")
            ? "" : "rounds", grid.x()), new Axis(metric, "", grid.y()), series,
        caption.toString(), "", false);
  }

  /** The environment parameters whose values differ between cells. */
  private static Set<String> varying(List<CellSummary> cells) {
    Map<String, Set<String>> values = new LinkedHashMap<>();
    for (CellSummary cell : cells) {
      cell.environment().params().forEach((name, value) ->
          values.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(text(value)));
    }
    Set<String> varying = new LinkedHashSet<>();
    values.forEach((name, seen) -> {
      boolean everywhere = cells.stream().allMatch(c -> c.environment().params().containsKey(name));
      if (seen.size() > 1 || !everywhere) {
        varying.add(name);
      }
    });
    return varying;
  }

  /** The other varying parameters of {@code cell}, as "name=value, ..." (the figure's group). */
  private static String others(CellSummary cell, String axis, Set<String> varying) {
    List<String> parts = new ArrayList<>();
    for (String name : varying) {
      if (!name.equals(axis) && cell.environment().params().containsKey(name)) {
        parts.add(name + "=" + text(cell.environment().params().get(name)));
      }
    }
    return String.join(", ", parts);
  }

  private static String text(Object value) {
    return value instanceof double[] array ? Arrays.toString(array)
        : value instanceof double[][] matrix ? Arrays.deepToString(matrix) : String.valueOf(value);
  }
}
