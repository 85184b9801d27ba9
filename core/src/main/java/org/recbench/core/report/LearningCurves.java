package org.recbench.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.recbench.api.figure.Axis;
import org.recbench.api.figure.ChartKind;
import org.recbench.api.figure.Figure;
import org.recbench.api.figure.Scale;
import org.recbench.api.figure.Series;
import org.recbench.core.scenario.FigureRequest;
import org.recbench.reports.EnvironmentBoard;
import org.recbench.reports.Leaderboard;
import org.recbench.reports.MetricInfo;
import org.recbench.reports.PolicyRow;
import org.recbench.reports.Stat;

/**
 * The learning curves of every board as {@link Figure}s: per metric, one line per policy of its
 * centre (mean or median) at every checkpoint with the 95% confidence band. Boards with a single
 * checkpoint get none (their table says everything). The checkpoint axis is logarithmic when the
 * scenario asks ({@code {"metric": ..., "x": "checkpoint", "x-scale": "log"}}) or, by default,
 * when at least half of three or more checkpoints lie in the first fifth of the trial — where a
 * linear axis would bunch them at the origin; the value axis is logarithmic when asked or when
 * positive values span two decades.
 */
final class LearningCurves {

  /** Prefix of the ids of learning-curve figures. */
  static final String PREFIX = "curve-";

  private LearningCurves() {}

  /** The curves of every board of {@code leaderboard}, each scoped to its board. */
  static List<Figure> of(Leaderboard leaderboard, List<FigureRequest> requests,
      String scenario) {
    List<Figure> figures = new ArrayList<>();
    for (int b = 0; b < leaderboard.boards().size(); b++) {
      EnvironmentBoard board = leaderboard.boards().get(b);
      for (String metric : board.metrics()) {
        List<Series> series = new ArrayList<>();
        int minN = Integer.MAX_VALUE;
        int maxN = 0;
        MetricInfo info = leaderboard.metric(metric);
        for (PolicyRow row : board.rows()) {
          List<Stat> points = row.metrics().getOrDefault(metric, List.of());
          if (points.size() < 2) {
            continue;
          }
          double[][] columns = new double[4][points.size()];
          for (int i = 0; i < points.size(); i++) {
            Stat p = points.get(i);
            columns[0][i] = p.at();
            columns[1][i] = p.center(info);
            columns[2][i] = p.ciLow();
            columns[3][i] = p.ciHigh();
            minN = Math.min(minN, p.n());
            maxN = Math.max(maxN, p.n());
          }
          series.add(new Series(row.policy(), columns[0], columns[1], columns[2], columns[3]));
        }
        if (series.isEmpty()) {
          continue;
        }
        FigureRequest request = requests.stream().filter(r -> r.metric().equals(metric)
            && r.x().equals(FigureRequest.CHECKPOINT)).findFirst().orElse(null);
        String unit = leaderboard.run().checkpointUnit();
        Scale x = request != null && !request.xScale().equals("auto")
            ? (request.xScale().equals("log") ? Scale.LOG : Scale.LINEAR) : checkpointScale(series);
        Scale y = SweepFigures.scale(request == null ? "auto" : request.yScale(), series, false);
        String caption = "Scenario " + scenario + ", " + board.environment() + ": "
            + (info.median() ? "median" : "mean") + " over " + (minN == maxN ? minN + ""
            : minN + "–" + maxN) + " seeds with its 95% confidence band, by " + unit
            + (x == Scale.LOG ? " (logarithmic)" : "") + "; " + info.directionText() + ".";
        figures.add(new Figure(PREFIX + (b + 1) + "-" + metric.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9.-]+", "-"), metric + " by " + unit, ChartKind.LINE,
            new Axis(unit, "", x), new Axis(info.name(), info.unit(), y), series, caption,
            board.environment(), false));
      }
    }
    return figures;
  }

  /** Log when at least half of three or more checkpoints are in the first fifth of the trial. */
  static Scale checkpointScale(List<Series> series) {
    double[] at = series.get(0).x();
    double last = at[at.length - 1];
    long early = java.util.Arrays.stream(at).filter(v -> v <= last / 5).count();
    return at.length >= 3 && at[0] > 0 && 2 * early >= at.length ? Scale.LOG : Scale.LINEAR;
  }
}
