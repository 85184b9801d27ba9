package org.recbench.assortment.figures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.recbench.api.figure.CellSummary;
import org.recbench.api.figure.Series;
import org.recbench.api.figure.SummaryPoint;

/** Collects a metric's value at the last checkpoint, by a numeric x, into labelled series. */
final class FinalValues {

  private final Map<String, TreeMap<Double, SummaryPoint>> series = new LinkedHashMap<>();

  /** Adds the final value of {@code metric} in {@code cell} at {@code x} to series {@code label}. */
  void add(String label, double x, CellSummary cell, String metric) {
    List<SummaryPoint> points = cell.metrics().get(metric);
    if (points == null || points.isEmpty()) {
      return;
    }
    SummaryPoint last = points.get(points.size() - 1);
    if (last.n() > 0) {
      series.computeIfAbsent(label, k -> new TreeMap<>()).put(x, last);
    }
  }

  /** The series with at least {@code minPoints} points, x ascending, with confidence bounds. */
  List<Series> series(int minPoints) {
    List<Series> out = new ArrayList<>();
    series.forEach((label, points) -> {
      if (points.size() < minPoints) {
        return;
      }
      int n = points.size();
      double[] x = new double[n];
      double[] y = new double[n];
      double[] low = new double[n];
      double[] high = new double[n];
      int k = 0;
      for (Map.Entry<Double, SummaryPoint> e : points.entrySet()) {
        x[k] = e.getKey();
        y[k] = e.getValue().mean();
        low[k] = finiteOr(e.getValue().low(), y[k]);
        high[k] = finiteOr(e.getValue().high(), y[k]);
        k++;
      }
      out.add(new Series(label, x, y, low, high));
    });
    return out;
  }

  private static double finiteOr(double value, double fallback) {
    return Double.isFinite(value) ? value : fallback;
  }
}
