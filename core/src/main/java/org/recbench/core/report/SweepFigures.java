package org.recbench.core.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.recbench.api.figure.Axis;
import org.recbench.api.figure.ChartKind;
import org.recbench.api.figure.Figure;
import org.recbench.api.figure.Scale;
import org.recbench.api.figure.Series;
import org.recbench.core.scenario.FigureRequest;
import org.recbench.core.trial.ComponentConfig;
import org.recbench.core.trial.TrialResult;
import org.recbench.reports.EnvironmentBoard;
import org.recbench.reports.Leaderboard;
import org.recbench.reports.MetricInfo;
import org.recbench.reports.PolicyRow;
import org.recbench.reports.Stat;

/**
 * Figures of a metric against a grid parameter, at the last checkpoint: what a paper's sweep
 * figure shows (runtime against the number of types, regret against the dimension).
 *
 * <ul>
 *   <li>A parameter <i>varies</i> when the configurations of one component id take two or more
 *       values of it; {@code x} must vary and be a number.</li>
 *   <li>Without {@code facet}: one line per policy configuration (without {@code x} when it is a
 *       policy parameter), one panel per combination of the other varying parameters.</li>
 *   <li>With {@code facet}: one line per value of the facet, one panel per policy configuration
 *       and combination of the other varying parameters.</li>
 *   <li>Panels are in label order, lines in label order or by numeric facet value.</li>
 *   <li>Each point is the metric's centre (mean, or median for skewed metrics) with its 95%
 *       confidence interval, as in the tables.</li>
 *   <li>Without requests: for every scalar metric, x = the varying number with the most values,
 *       facet = the next one when two or more vary; nothing when no parameter varies.</li>
 * </ul>
 */
final class SweepFigures {

  private static final String ENVIRONMENT = "environment.";
  private static final String POLICY = "policy.";

  private SweepFigures() {}

  /** One (environment, policy) pair's statistics with its configurations. */
  private record Cell(ComponentConfig environment, ComponentConfig policy, Map<String, Stat> last) {

    Object value(Param param) {
      ComponentConfig config = param.environment() ? environment : policy;
      return config.id().equals(param.id()) ? config.params().get(param.name()) : null;
    }
  }

  /** A parameter of one component id. */
  private record Param(boolean environment, String id, String name) {

    String qualified() {
      return (environment ? ENVIRONMENT : POLICY) + name;
    }
  }

  /** The figures of {@code requests}, or the default ones when there are none. */
  static List<Figure> of(Leaderboard leaderboard, List<TrialResult> results,
      List<FigureRequest> requests, String scenario) {
    List<Cell> cells = cells(leaderboard, results);
    Map<Param, Set<String>> varying = varying(cells);
    List<FigureRequest> wanted = requests.stream()
        .filter(r -> !r.x().equals(FigureRequest.CHECKPOINT)).toList();
    if (requests.isEmpty()) {
      wanted = defaults(leaderboard, cells, varying);
    }
    List<Figure> figures = new ArrayList<>();
    for (FigureRequest request : wanted) {
      figures.addAll(figures(leaderboard, cells, varying, request, scenario));
    }
    return figures;
  }

  private static List<Cell> cells(Leaderboard leaderboard, List<TrialResult> results) {
    Map<String, ComponentConfig> environments = new LinkedHashMap<>();
    Map<String, ComponentConfig> policies = new LinkedHashMap<>();
    for (TrialResult result : results) {
      environments.putIfAbsent(result.spec().environment().label(), result.spec().environment());
      policies.putIfAbsent(result.spec().policy().label(), result.spec().policy());
    }
    List<Cell> cells = new ArrayList<>();
    for (EnvironmentBoard board : leaderboard.boards()) {
      for (PolicyRow row : board.rows()) {
        Map<String, Stat> last = new LinkedHashMap<>();
        board.metrics().forEach(metric -> {
          Stat stat = row.last(metric);
          if (stat != null) {
            last.put(metric, stat);
          }
        });
        ComponentConfig environment = environments.get(board.environment());
        ComponentConfig policy = policies.get(row.policy());
        if (environment != null && policy != null) {
          cells.add(new Cell(environment, policy, last));
        }
      }
    }
    return cells;
  }

  /** Parameters taking two or more values within one component id, in declaration order. */
  private static Map<Param, Set<String>> varying(List<Cell> cells) {
    Map<Param, Set<String>> values = new LinkedHashMap<>();
    for (Cell cell : cells) {
      for (boolean environment : new boolean[] {true, false}) {
        ComponentConfig config = environment ? cell.environment() : cell.policy();
        config.params().forEach((name, value) -> {
          if (isScalar(value)) {
            values.computeIfAbsent(new Param(environment, config.id(), name),
                p -> new LinkedHashSet<>()).add(String.valueOf(value));
          }
        });
      }
    }
    values.values().removeIf(v -> v.size() < 2);
    return values;
  }

  private static boolean isScalar(Object value) {
    return value instanceof Number || value instanceof String || value instanceof Boolean;
  }

  private static List<FigureRequest> defaults(Leaderboard leaderboard, List<Cell> cells,
      Map<Param, Set<String>> varying) {
    List<Param> numeric = varying.keySet().stream()
        .filter(p -> cells.stream().map(c -> c.value(p)).allMatch(v -> v == null
            || v instanceof Number)).toList();
    if (numeric.isEmpty()) {
      return List.of();
    }
    List<Param> byValues = new ArrayList<>(numeric);
    byValues.sort((a, b) -> varying.get(b).size() - varying.get(a).size());
    Param x = byValues.get(0);
    Param facet = varying.keySet().stream().filter(p -> !p.equals(x)
        && p.environment() == x.environment() && p.id().equals(x.id())).findFirst().orElse(null);
    Set<String> metrics = new LinkedHashSet<>();
    leaderboard.boards().forEach(b -> b.metrics().stream().filter(m -> !m.contains("["))
        .forEach(metrics::add));
    return metrics.stream().map(metric -> new FigureRequest(metric, x.qualified(),
        facet == null ? null : facet.qualified(), "auto", "auto")).toList();
  }

  /** Resolves a parameter name, plain or qualified, among the varying ones. */
  private static List<Param> resolve(String name, Map<Param, Set<String>> varying) {
    return varying.keySet().stream().filter(p -> name.equals(p.qualified())
        || name.equals(p.name())).toList();
  }

  private static List<Figure> figures(Leaderboard leaderboard, List<Cell> cells,
      Map<Param, Set<String>> varying, FigureRequest request, String scenario) {
    List<Param> xs = resolve(request.x(), varying);
    List<Param> facets = request.facet() == null ? List.of() : resolve(request.facet(), varying);
    if (xs.isEmpty() || (request.facet() != null && facets.isEmpty())) {
      return List.of();
    }
    MetricInfo metric = leaderboard.metric(request.metric());
    Map<String, Map<String, List<double[]>>> panels = new LinkedHashMap<>();
    Set<Param> used = new LinkedHashSet<>(xs);
    used.addAll(facets);
    boolean oneEnvironment =
        cells.stream().map(c -> c.environment().id()).distinct().count() == 1;
    for (Cell cell : cells) {
      Stat stat = cell.last().get(request.metric());
      Object x = xs.stream().map(cell::value).filter(v -> v != null).findFirst().orElse(null);
      if (stat == null || !(x instanceof Number number)) {
        continue;
      }
      String rest = others(cell, varying, used);
      String policy = policyName(cell, used);
      String panel;
      String line;
      if (facets.isEmpty()) {
        panel = cell.environment().id() + rest;
        line = policy;
      } else {
        Object facet = facets.stream().map(cell::value).filter(v -> v != null).findFirst()
            .orElse(null);
        if (facet == null) {
          continue;
        }
        panel = policy + (oneEnvironment ? "" : " on " + cell.environment().id()) + rest;
        line = facets.get(0).name() + " = " + facet;
      }
      panels.computeIfAbsent(panel, p -> new LinkedHashMap<>())
          .computeIfAbsent(line, l -> new ArrayList<>())
          .add(new double[] {number.doubleValue(), stat.center(metric), stat.ciLow(),
              stat.ciHigh(), stat.n(), stat.at()});
    }
    List<Figure> figures = new ArrayList<>();
    int index = 0;
    for (Map.Entry<String, Map<String, List<double[]>>> panel
        : new TreeMap<>(panels).entrySet()) {
      index++;
      List<Series> series = new ArrayList<>();
      long at = 0;
      int minN = Integer.MAX_VALUE;
      int maxN = 0;
      for (Map.Entry<String, List<double[]>> line : sortedLines(panel.getValue()).entrySet()) {
        List<double[]> points = new ArrayList<>(line.getValue());
        points.sort((a, b) -> Double.compare(a[0], b[0]));
        double[][] columns = new double[4][points.size()];
        for (int i = 0; i < points.size(); i++) {
          for (int c = 0; c < 4; c++) {
            columns[c][i] = points.get(i)[c];
          }
          minN = Math.min(minN, (int) points.get(i)[4]);
          maxN = Math.max(maxN, (int) points.get(i)[4]);
          at = Math.max(at, (long) points.get(i)[5]);
        }
        series.add(new Series(line.getKey(), columns[0], columns[1], columns[2], columns[3]));
      }
      String xName = xs.get(0).name();
      Axis xAxis = new Axis(xName, "", scale(request.xScale(), series, true));
      Axis yAxis = new Axis(metric.name(), metric.unit(), scale(request.yScale(), series, false));
      String title = metric.name() + " vs " + xName + (facets.isEmpty() ? ""
          : " by " + facets.get(0).name()) + " — " + panel.getKey();
      String caption = "Scenario " + scenario + "; " + panel.getKey()
          + (oneEnvironment && !facets.isEmpty() ? " on " + cells.get(0).environment().id() : "")
          + "; "
          + (metric.median() ? "median" : "mean") + " over " + (minN == maxN ? minN + ""
          : minN + "–" + maxN) + " seeds at " + leaderboard.run().checkpointUnit() + " " + at
          + " with its 95% confidence interval"
          + (metric.median() ? " (order statistics)" : "") + "; " + metric.directionText() + ".";
      figures.add(new Figure(id(request, index), title, ChartKind.LINE, xAxis, yAxis, series,
          caption, "", false));
    }
    return figures;
  }

  /** Lines in a stable order: facet values numerically when they are numbers, else by label. */
  private static Map<String, List<double[]>> sortedLines(Map<String, List<double[]>> lines) {
    boolean numeric = lines.keySet().stream().allMatch(l -> l.contains(" = ")
        && isNumber(l.substring(l.indexOf(" = ") + 3)));
    if (!numeric) {
      return new TreeMap<>(lines);
    }
    Map<Double, String> order = new TreeMap<>();
    lines.keySet().forEach(l -> order.put(Double.parseDouble(l.substring(l.indexOf(" = ") + 3)),
        l));
    Map<String, List<double[]>> sorted = new LinkedHashMap<>();
    order.values().forEach(l -> sorted.put(l, lines.get(l)));
    return sorted;
  }

  private static boolean isNumber(String text) {
    try {
      Double.parseDouble(text);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** The policy's label, or its id with its other varying parameters when one is used. */
  private static String policyName(Cell cell, Set<Param> used) {
    boolean usesPolicyParam = used.stream().anyMatch(p -> !p.environment()
        && p.id().equals(cell.policy().id()));
    if (!usesPolicyParam) {
      return cell.policy().label();
    }
    String rest = cell.policy().params().entrySet().stream()
        .filter(e -> used.stream().noneMatch(p -> !p.environment() && p.name().equals(e.getKey())))
        .filter(e -> isScalar(e.getValue()))
        .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    return cell.policy().id() + (rest.isEmpty() ? "" : "[" + rest + "]");
  }

  /** The values of the environment's varying parameters not on an axis, as " (a=1, b=2)". */
  private static String others(Cell cell, Map<Param, Set<String>> varying, Set<Param> used) {
    String text = varying.keySet().stream()
        .filter(p -> p.environment() && !used.contains(p) && cell.value(p) != null)
        .map(p -> p.name() + "=" + cell.value(p)).collect(Collectors.joining(", "));
    return text.isEmpty() ? "" : " (" + text + ")";
  }

  /** The requested scale; "auto" is log for positive values spanning two decades or more. */
  static Scale scale(String requested, List<Series> series, boolean horizontal) {
    if (!requested.equals("auto")) {
      return requested.equals("log") ? Scale.LOG : Scale.LINEAR;
    }
    double low = Double.POSITIVE_INFINITY;
    double high = 0;
    for (Series s : series) {
      for (double v : horizontal ? s.x() : s.y()) {
        if (!(v > 0) || !Double.isFinite(v)) {
          return Scale.LINEAR;
        }
        low = Math.min(low, v);
        high = Math.max(high, v);
      }
    }
    return high > 0 && high / low >= 100 ? Scale.LOG : Scale.LINEAR;
  }

  private static String id(FigureRequest request, int panel) {
    String text = "sweep-" + request.metric() + "-vs-" + request.x()
        + (request.facet() == null ? "" : "-by-" + request.facet()) + "-" + panel;
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]+", "-");
  }
}
