package org.recbench.core.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.recbench.api.Direction;
import org.recbench.api.Summary;
import org.recbench.core.trial.Checkpoint;
import org.recbench.core.trial.ComponentConfig;
import org.recbench.core.trial.MetricVector;
import org.recbench.core.trial.TrialResult;
import org.recbench.reports.Comparison;

/**
 * Two runs of one scenario compared cell by cell at the last checkpoint. Trials of the same
 * (environment, policy, seed) face the same environment draws in both runs, so the comparison is
 * paired: a cell <i>moved</i> when the 95% confidence interval of the paired difference B − A
 * excludes 0 — of its mean (Student t, or percentile bootstrap), or of its median for metrics
 * summarized by the median ({@link MedianInterval}). A deterministic metric of an unchanged
 * policy gives identical values and a zero interval, so it never moves. Metrics that measure
 * wall time vary between any two runs and are left out unless asked for.
 */
public final class RunComparison {

  private final Map<String, MetricKind> kinds;
  private final ConfidenceMethod method;
  private final boolean includeWallClock;

  /**
   * A comparison.
   *
   * @param kinds metric kinds by metric id
   * @param method interval of a mean difference
   * @param includeWallClock whether wall-time metrics are compared too
   */
  public RunComparison(Map<String, MetricKind> kinds, ConfidenceMethod method,
      boolean includeWallClock) {
    this.kinds = Map.copyOf(kinds);
    this.method = method;
    this.includeWallClock = includeWallClock;
  }

  /** The values of one cell: metric column to seed to value, at the last checkpoint. */
  private record Cell(ComponentConfig environment, ComponentConfig policy,
      Map<String, SortedMap<Integer, Double>> values, Map<String, String> ids) {}

  /** Compares the finished trials of run A ({@code a}) and run B ({@code b}). */
  public Comparison compare(String scenario, String nameA, List<TrialResult> a, String nameB,
      List<TrialResult> b) {
    Map<List<String>, Cell> cellsA = cells(a);
    Map<List<String>, Cell> cellsB = cells(b);
    List<String> notes = new ArrayList<>();
    Set<String> leftOut = new LinkedHashSet<>();
    List<Comparison.Cell> compared = new ArrayList<>();
    Set<String> differing = new LinkedHashSet<>();
    for (Map.Entry<List<String>, Cell> entry : cellsA.entrySet()) {
      Cell before = entry.getValue();
      Cell after = cellsB.get(entry.getKey());
      if (after == null) {
        notes.add(entry.getKey().get(1) + " on " + entry.getKey().get(0) + " is only in run A");
        continue;
      }
      for (boolean environment : new boolean[] {true, false}) {
        ComponentConfig x = environment ? before.environment() : before.policy();
        ComponentConfig y = environment ? after.environment() : after.policy();
        if (!x.canonical().equals(y.canonical())) {
          differing.add(x.label() + ": " + x.canonical() + " in A, " + y.canonical() + " in B");
        }
      }
      for (Map.Entry<String, SortedMap<Integer, Double>> metric : before.values().entrySet()) {
        SortedMap<Integer, Double> valuesB = after.values().get(metric.getKey());
        MetricKind kind = kinds.getOrDefault(before.ids().get(metric.getKey()),
            MetricKind.plain(Direction.NEUTRAL));
        if (valuesB == null) {
          continue;
        }
        if (kind.wallClock() && !includeWallClock) {
          leftOut.add(metric.getKey());
          continue;
        }
        cell(entry.getKey(), metric.getKey(), kind, metric.getValue(), valuesB)
            .ifPresent(compared::add);
      }
    }
    cellsB.keySet().stream().filter(k -> !cellsA.containsKey(k))
        .forEach(k -> notes.add(k.get(1) + " on " + k.get(0) + " is only in run B"));
    differing.forEach(d -> notes.add("parameters differ under the same label: " + d));
    if (!leftOut.isEmpty()) {
      notes.add("left out, as they measure wall time on this machine: "
          + String.join(", ", leftOut) + " (--include-timing compares them)");
    }
    return new Comparison(scenario, nameA, nameB, "Cells at the last checkpoint; a cell moved "
        + "when the 95% confidence interval of the paired difference B − A over common seeds "
        + "(of the mean: " + (method == ConfidenceMethod.T ? "Student t" : "percentile bootstrap")
        + "; of the median for metrics summarized by the median) excludes 0.", notes, compared);
  }

  private java.util.Optional<Comparison.Cell> cell(List<String> key, String metric,
      MetricKind kind, SortedMap<Integer, Double> a, SortedMap<Integer, Double> b) {
    List<Integer> common = new ArrayList<>(a.keySet());
    common.retainAll(b.keySet());
    if (common.isEmpty()) {
      return java.util.Optional.empty();
    }
    double[] differences = new double[common.size()];
    double[] valuesA = new double[common.size()];
    double[] valuesB = new double[common.size()];
    boolean identical = true;
    for (int i = 0; i < differences.length; i++) {
      valuesA[i] = a.get(common.get(i));
      valuesB[i] = b.get(common.get(i));
      differences[i] = valuesB[i] - valuesA[i];
      identical &= differences[i] == 0;
    }
    MetricKind unbounded = new MetricKind(kind.direction(), kind.unit(), kind.summary(), null,
        null, kind.wallClock());
    Interval ci = identical ? Interval.point(0)
        : SampleSummary.of(differences, unbounded, method).ci();
    double centerA = SampleSummary.of(valuesA, kind, method).center();
    double centerB = SampleSummary.of(valuesB, kind, method).center();
    boolean moved = ci.low() > 0 || ci.high() < 0;
    double change = centerB - centerA;
    boolean worse = moved && (kind.direction() == Direction.HIGHER_IS_BETTER ? change < 0
        : kind.direction() == Direction.LOWER_IS_BETTER && change > 0);
    double relative = centerA == 0 ? Double.NaN : change / Math.abs(centerA);
    return java.util.Optional.of(new Comparison.Cell(key.get(0), key.get(1), metric,
        kind.unit(), kind.summary() == Summary.MEDIAN ? "median" : "mean", centerA, centerB,
        common.size(), ci.low(), ci.high(), moved, worse, relative));
  }

  /** Finished trials by (environment label, policy label), values at the last checkpoint. */
  private static Map<List<String>, Cell> cells(List<TrialResult> results) {
    Map<List<String>, Cell> cells = new LinkedHashMap<>();
    for (TrialResult result : results) {
      if (!result.ok() || result.checkpoints().isEmpty()) {
        continue;
      }
      Cell cell = cells.computeIfAbsent(List.of(result.spec().environment().label(),
          result.spec().policy().label()), k -> new Cell(result.spec().environment(),
          result.spec().policy(), new LinkedHashMap<>(), new LinkedHashMap<>()));
      result.spec().metrics().forEach(m -> cell.ids().put(m.label(), m.id()));
      Checkpoint last = result.checkpoints().get(result.checkpoints().size() - 1);
      last.metrics().forEach((metric, value) -> put(cell, metric, result.spec().seed(), value));
      last.vectors().forEach((metric, vector) -> {
        MetricVector v = vector;
        for (int i = 0; i < v.labels().size(); i++) {
          cell.ids().put(metric + "[" + v.labels().get(i) + "]", cell.ids().get(metric));
          put(cell, metric + "[" + v.labels().get(i) + "]", result.spec().seed(), v.value(i));
        }
      });
    }
    return cells;
  }

  private static void put(Cell cell, String metric, int seed, double value) {
    if (Double.isFinite(value)) {
      cell.values().computeIfAbsent(metric, m -> new TreeMap<>()).put(seed, value);
    }
  }
}
