package org.recbench.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recbench.api.Direction;
import org.recbench.api.Summary;
import org.recbench.api.figure.Figure;
import org.recbench.api.figure.Scale;
import org.recbench.api.figure.Series;
import org.recbench.core.scenario.FigureRequest;
import org.recbench.core.stats.ConfidenceMethod;
import org.recbench.core.stats.LeaderboardBuilder;
import org.recbench.core.stats.MetricKind;
import org.recbench.core.trial.Budget;
import org.recbench.core.trial.Checkpoint;
import org.recbench.core.trial.ComponentConfig;
import org.recbench.core.trial.TrialResult;
import org.recbench.core.trial.TrialSpec;
import org.recbench.reports.Leaderboard;
import org.recbench.reports.RunInfo;

class SweepFiguresTest {

  private static final List<ComponentConfig> METRICS = List.of(
      ComponentConfig.of("time", Map.of()), ComponentConfig.of("reward", Map.of()));
  private static final Map<String, MetricKind> KINDS = Map.of(
      "time", new MetricKind(Direction.LOWER_IS_BETTER, "ms", Summary.MEDIAN, 0.0, null, true),
      "reward", MetricKind.plain(Direction.HIGHER_IS_BETTER));
  private static final RunInfo RUN = new RunInfo("sweep", "", "reward", true, "step", Map.of());

  /** Time grows tenfold per size step (1, 10, 100 ms), reward is size + policy offset. */
  private static List<TrialResult> results(int[] sizes, double noise) {
    List<TrialResult> results = new ArrayList<>();
    for (int size : sizes) {
      Map<String, Object> params = new LinkedHashMap<>();
      params.put("size", (long) size);
      params.put("noise", noise);
      ComponentConfig environment = new ComponentConfig("env", params, "env[size=" + size
          + ", noise=" + noise + "]");
      for (String policy : List.of("fast", "slow")) {
        for (int seed = 0; seed < 5; seed++) {
          double time = Math.pow(10, size - 1) * (policy.equals("fast") ? 1 : 3)
              * (1 + seed * 0.01);
          Map<String, Double> values = new LinkedHashMap<>();
          values.put("time", time);
          values.put("reward", size + (policy.equals("fast") ? 0 : 1) + seed * 0.1);
          TrialSpec spec = new TrialSpec("sweep", environment, ComponentConfig.of(policy,
              Map.of()), METRICS, seed, new Budget(Budget.Unit.STEPS, 10), List.of(10L), 0);
          results.add(new TrialResult("k", spec, TrialResult.Status.OK, null,
              List.of(new Checkpoint(10, values)), 1));
        }
      }
    }
    return results;
  }

  private static List<Figure> figures(List<TrialResult> results, List<FigureRequest> requests) {
    Leaderboard board = new LeaderboardBuilder(ConfidenceMethod.T, KINDS).build(RUN, results,
        List.of());
    return SweepFigures.of(board, results, requests, "sweep");
  }

  @Test
  void oneVaryingParameterGivesOneLinePerPolicyAgainstItPerMetricByDefault() {
    List<Figure> figures = figures(results(new int[] {3, 1, 2}, 0.5), List.of());

    assertThat(figures).extracting(Figure::title).containsExactly(
        "reward vs size — env", "time vs size — env");
    Figure time = figures.get(1);
    assertThat(time.series()).extracting(Series::label).containsExactly("fast", "slow");
    Series fast = time.series().get(0);
    assertThat(fast.x()).containsExactly(1, 2, 3);
    assertThat(fast.y()).as("medians").containsExactly(1.02, 10.2, 102.0);
    assertThat(java.util.Arrays.stream(fast.low()).min().orElseThrow()).isPositive();
    assertThat(time.y().scale()).as("times spanning two decades").isEqualTo(Scale.LOG);
    assertThat(time.y().unit()).isEqualTo("ms");
    assertThat(figures.get(0).y().scale()).isEqualTo(Scale.LINEAR);
    assertThat(time.caption()).contains("Scenario sweep", "median over 5 seeds at step 10",
        "lower is better");
  }

  @Test
  void aFacetGivesOneLinePerValueInOnePanelPerPolicy() {
    List<TrialResult> results = new ArrayList<>(results(new int[] {1, 2}, 0.5));
    results.addAll(results(new int[] {1, 2}, 0.9));

    List<Figure> figures = figures(results, List.of(new FigureRequest("time", "size", "noise",
        "linear", "auto")));

    assertThat(figures).extracting(Figure::title).containsExactly(
        "time vs size by noise — fast", "time vs size by noise — slow");
    assertThat(figures.get(0).series()).extracting(Series::label)
        .containsExactly("noise = 0.5", "noise = 0.9");
    assertThat(figures.get(0).y().scale()).isEqualTo(Scale.LINEAR);
  }

  @Test
  void noVaryingParameterGivesNoSweepFigure() {
    assertThat(figures(results(new int[] {2}, 0.5), List.of())).isEmpty();
  }
}
