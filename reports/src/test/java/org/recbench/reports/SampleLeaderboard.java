package org.recbench.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recbench.api.Fact;
import org.recbench.api.figure.Axis;
import org.recbench.api.figure.ChartKind;
import org.recbench.api.figure.Figure;
import org.recbench.api.figure.Series;

/** A realistic leaderboard for the report tests: two bandit boards, a failure, a skipped pair. */
final class SampleLeaderboard {

  static final List<Long> CHECKPOINTS = List.of(100L, 500L, 1000L, 2000L);
  static final String HOSTILE = "<script>alert('x')</script> & \"quoted\" | piped";

  private SampleLeaderboard() {}

  static RunInfo run() {
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("git commit", "3f2a9c1 (clean)");
    metadata.put("java", "17.0.12 (Eclipse Adoptium)");
    metadata.put("os", "Linux 6.1 amd64");
    metadata.put("threads", "2");
    metadata.put("seeds", "20");
    metadata.put("started", "2025-01-14T10:02:11Z");
    metadata.put("finished", "2025-01-14T10:03:40Z");
    return new RunInfo("quickstart", "UCB1 and Thompson sampling against uniform random on a "
        + "10-armed Bernoulli bandit", "regret", false, "step", metadata);
  }

  /**
   * Policies with regret growing like {@code scale · √t} (rank order: thompson, ucb1, eps-greedy,
   * random), a hostile label, and reward and steps (neutral) as further metrics.
   */
  static Leaderboard leaderboard() {
    List<EnvironmentBoard> boards = List.of(
        board("bandit.bernoulli[arms=10, gap=0.05]", 1.0),
        board("bandit.bernoulli[arms=10, gap=0.2]", 0.6));
    return new Leaderboard(run(), boards,
        List.of(new SkippedPair("bandit.bernoulli[arms=10, gap=0.05]", "churn.bnb",
            "churn.bnb needs capability churn-model")),
        List.of(new FailedTrial("bandit.bernoulli[arms=10, gap=0.2]", "bandit.epsilon-greedy",
            7, "java.lang.IllegalStateException: arm index 11 out of range <10>")),
        curves(boards), METRICS, null);
  }

  /** The sample's metrics: regret (ranking), reward, and steps with a unit. */
  static final List<MetricInfo> METRICS = List.of(
      MetricInfo.plain("regret", org.recbench.api.Direction.LOWER_IS_BETTER),
      MetricInfo.plain("reward", org.recbench.api.Direction.HIGHER_IS_BETTER),
      new MetricInfo("steps", "steps", org.recbench.api.Direction.NEUTRAL,
          org.recbench.api.Summary.MEAN, false));

  /** Learning curves of every board, as core draws them: one figure per metric. */
  static List<Figure> curves(List<EnvironmentBoard> boards) {
    List<Figure> figures = new ArrayList<>();
    for (int b = 0; b < boards.size(); b++) {
      EnvironmentBoard board = boards.get(b);
      for (String metric : board.metrics()) {
        List<Series> series = new ArrayList<>();
        for (PolicyRow row : board.rows()) {
          List<Stat> points = row.metrics().get(metric);
          series.add(new Series(row.policy(), points.stream().mapToDouble(Stat::at).toArray(),
              points.stream().mapToDouble(Stat::mean).toArray(),
              points.stream().mapToDouble(Stat::ciLow).toArray(),
              points.stream().mapToDouble(Stat::ciHigh).toArray()));
        }
        figures.add(new Figure("curve-" + (b + 1) + "-" + metric, metric + " by step",
            ChartKind.LINE, Axis.linear("step", ""), Axis.linear(metric, ""), series,
            "Scenario quickstart, " + board.environment(), board.environment(), false));
      }
    }
    return figures;
  }

  /**
   * The sample leaderboard with an analysis on its first board (two facts, one failure) and
   * three figures: a log-log line figure with intervals on the first board, a scatter figure
   * with a hostile title on the second, and a run-level simplex-like figure with equal axes.
   */
  static Leaderboard withAnalysesAndFigures() {
    Leaderboard sample = leaderboard();
    EnvironmentBoard first = sample.boards().get(0);
    EnvironmentBoard analysed = first.withAnalyses(List.of(
            new AnalysisRow("bandit.bernoulli", "", List.of(new Fact("best mean", 0.525, ""),
                new Fact("gap", 0.05, "reward/step")), 3, null),
            new AnalysisRow("churn.bnb", "churn.bnb", List.of(), 1,
                "IllegalStateException: no model")));
    Figure runtime = new Figure("sweep.time", "planning time vs types", ChartKind.LINE,
        Axis.log("types", ""), Axis.log("planning time", "ms"), List.of(new Series("bnb",
            new double[] {2, 4, 8, 16}, new double[] {0.01, 0.1, 1, 10},
            new double[] {0.008, 0.07, 0.8, 7}, new double[] {0.012, 0.13, 1.2, 13}),
            Series.of("with a zero", new double[] {2, 4}, new double[] {0, 1})),
        "B&B planning time; the zero is not drawn on the log axis", first.environment(), false);
    Figure points = new Figure("scatter", HOSTILE, ChartKind.SCATTER, Axis.linear("x", ""),
        Axis.linear("y", ""), List.of(new Series("pts", new double[] {1, 2}, new double[] {3, 4},
            new double[] {2, 3}, new double[] {4, 5})), "", sample.boards().get(1).environment(),
        false);
    Figure simplex = new Figure("simplex", "trajectories", ChartKind.LINE, Axis.linear("x", ""),
        Axis.linear("y", ""), List.of(Series.of("user 1", new double[] {0, 0.5, 1},
            new double[] {0, 0.87, 0})), "", "", true);
    return new Leaderboard(sample.run(), List.of(analysed, sample.boards().get(1)),
        sample.skipped(), sample.failures(), List.of(runtime, points, simplex), METRICS, null);
  }

  private static EnvironmentBoard board(String environment, double difficulty) {
    String[] policies = {"bandit.thompson", "bandit.ucb1", "bandit.epsilon-greedy[epsilon=0.1]",
        HOSTILE, "baseline.uniform-random"};
    double[] scales = {0.9, 1.6, 2.4, 3.1, 5.0};
    int[] failures = {0, 0, 1, 0, 0};
    List<PolicyRow> rows = new ArrayList<>();
    for (int i = 0; i < policies.length; i++) {
      int n = 20 - failures[i];
      Map<String, List<Stat>> metrics = new LinkedHashMap<>();
      metrics.put("regret", series(n, scales[i] * difficulty, i, true));
      metrics.put("reward", series(n, scales[i] * difficulty, i, false));
      List<Stat> steps = new ArrayList<>();
      CHECKPOINTS.forEach(at -> steps.add(new Stat(at, n, at, 0, at, at, 0, null)));
      metrics.put("steps", steps);
      rows.add(new PolicyRow(policies[i], n, failures[i], metrics));
    }
    return new EnvironmentBoard(environment, List.of("regret", "reward", "steps"), rows);
  }

  private static List<Stat> series(int n, double scale, int rank0, boolean regret) {
    List<Stat> stats = new ArrayList<>();
    for (long at : CHECKPOINTS) {
      double r = scale * Math.sqrt(at);
      double mean = regret ? r : 0.55 * at - r;
      double sd = 0.25 * r;
      double half = 2.093 * sd / Math.sqrt(n);
      Double p = rank0 == 0 ? null : Math.pow(10, -rank0 - 0.3 * rank0 * at / 2000.0);
      stats.add(new Stat(at, n, mean, sd, mean - half, mean + half, rank0 + 1, p));
    }
    return stats;
  }
}
