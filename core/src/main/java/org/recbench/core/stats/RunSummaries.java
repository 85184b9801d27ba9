package org.recbench.core.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.recbench.api.AnalysisResult;
import org.recbench.api.figure.CellSummary;
import org.recbench.api.figure.ConfigSummary;
import org.recbench.api.figure.RunSummary;
import org.recbench.api.figure.SummaryPoint;
import org.recbench.core.trial.AnalysisRecord;
import org.recbench.core.trial.Checkpoint;
import org.recbench.core.trial.ComponentConfig;
import org.recbench.core.trial.MetricVector;
import org.recbench.core.trial.TrialResult;

/**
 * The {@link RunSummary} plugins' figure sources draw from: per (environment, policy)
 * configuration pair, in order of first appearance, the mean and confidence interval over the
 * finished trials of every metric (and vector entry) at every checkpoint, with the pair's
 * analyses. Non-finite values are left out, as in the leaderboards, and intervals are cut to
 * the metric's declared value range ({@link MetricKind#clip}).
 */
public final class RunSummaries {

  private RunSummaries() {}

  /** The summary of {@code results} and {@code analyses}, intervals uncut. */
  public static RunSummary of(String scenario, String checkpointUnit, List<TrialResult> results,
      List<AnalysisRecord> analyses, ConfidenceMethod method) {
    return of(scenario, checkpointUnit, results, analyses, method, Map.of());
  }

  /**
   * The summary of {@code results} and {@code analyses}, intervals cut to the range of each
   * metric in {@code kinds} (by metric id).
   */
  public static RunSummary of(String scenario, String checkpointUnit, List<TrialResult> results,
      List<AnalysisRecord> analyses, ConfidenceMethod method, Map<String, MetricKind> kinds) {
    Map<List<String>, List<TrialResult>> cells = new LinkedHashMap<>();
    for (TrialResult result : results) {
      if (result.ok()) {
        cells.computeIfAbsent(List.of(result.spec().environment().canonical(),
            result.spec().policy().canonical()), k -> new ArrayList<>()).add(result);
      }
    }
    List<CellSummary> summaries = new ArrayList<>();
    cells.values().forEach(trials -> summaries.add(cell(trials, analyses, method, kinds)));
    return new RunSummary(scenario, checkpointUnit, summaries);
  }

  private static CellSummary cell(List<TrialResult> trials, List<AnalysisRecord> analyses,
      ConfidenceMethod method, Map<String, MetricKind> kinds) {
    Map<String, MetricKind> byKey = new LinkedHashMap<>();
    trials.get(0).spec().metrics().forEach(m -> {
      MetricKind kind = kinds.get(m.id());
      if (kind != null) {
        byKey.put(m.label(), kind);
      }
    });
    Map<String, SortedMap<Long, List<Double>>> scalars = new LinkedHashMap<>();
    Map<String, Map<String, SortedMap<Long, List<Double>>>> vectors = new LinkedHashMap<>();
    for (TrialResult trial : trials) {
      for (Checkpoint checkpoint : trial.checkpoints()) {
        checkpoint.metrics().forEach((key, value) -> add(scalars, key, checkpoint.at(), value));
        checkpoint.vectors().forEach((key, vector) -> addVector(
            vectors.computeIfAbsent(key, k -> new LinkedHashMap<>()), checkpoint.at(), vector));
      }
    }
    Map<String, List<SummaryPoint>> metrics = new LinkedHashMap<>();
    scalars.forEach((key, byAt) -> metrics.put(key, points(byAt, method, byKey.get(key))));
    Map<String, Map<String, List<SummaryPoint>>> entries = new LinkedHashMap<>();
    vectors.forEach((key, byEntry) -> {
      Map<String, List<SummaryPoint>> summarized = new LinkedHashMap<>();
      byEntry.forEach((entry, byAt) -> summarized.put(entry, points(byAt, method,
          byKey.get(key))));
      entries.put(key, summarized);
    });
    ComponentConfig environment = trials.get(0).spec().environment();
    ComponentConfig policy = trials.get(0).spec().policy();
    List<AnalysisResult> found = analyses.stream()
        .filter(a -> a.environment().equals(environment)
            && (a.policy() == null || a.policy().equals(policy)))
        .map(AnalysisRecord::result).toList();
    return new CellSummary(config(environment), config(policy), metrics, entries, found);
  }

  private static void addVector(Map<String, SortedMap<Long, List<Double>>> byEntry, long at,
      MetricVector vector) {
    for (int i = 0; i < vector.labels().size(); i++) {
      add(byEntry, vector.labels().get(i), at, vector.value(i));
    }
  }

  private static void add(Map<String, SortedMap<Long, List<Double>>> series, String key, long at,
      double value) {
    if (Double.isFinite(value)) {
      series.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(at,
          a -> new ArrayList<>()).add(value);
    }
  }

  private static List<SummaryPoint> points(SortedMap<Long, List<Double>> byAt,
      ConfidenceMethod method, MetricKind kind) {
    List<SummaryPoint> points = new ArrayList<>();
    byAt.forEach((at, values) -> {
      MeanEstimate estimate = MeanEstimate.of(values.stream().mapToDouble(Double::doubleValue)
          .toArray(), method);
      Interval ci = kind == null ? estimate.ci() : kind.clip(estimate.ci());
      points.add(new SummaryPoint(at, estimate.n(), estimate.mean(), ci.low(), ci.high()));
    });
    return points;
  }

  private static ConfigSummary config(ComponentConfig config) {
    return new ConfigSummary(config.id(), config.label(), config.params());
  }
}
