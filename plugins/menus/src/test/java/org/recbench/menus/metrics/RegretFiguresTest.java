package org.recbench.menus.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recbench.api.figure.CellSummary;
import org.recbench.api.figure.ConfigSummary;
import org.recbench.api.figure.Figure;
import org.recbench.api.figure.RunSummary;
import org.recbench.api.figure.Scale;
import org.recbench.api.figure.Series;
import org.recbench.api.figure.SummaryPoint;

class RegretFiguresTest {

  private static CellSummary cell(String environment, Map<String, Object> params, String policy,
      String metric, double finalValue) {
    Map<String, List<SummaryPoint>> metrics = new LinkedHashMap<>();
    metrics.put(metric, List.of(new SummaryPoint(1, 20, finalValue, finalValue - 1,
        finalValue + 1)));
    metrics.put("reward", List.of(new SummaryPoint(1, 20, 5, 4, 6)));
    return new CellSummary(new ConfigSummary(environment, environment + params, params),
        new ConfigSummary(policy, policy, Map.of()), metrics, Map.of(), List.of());
  }

  private static Map<String, Object> params(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }

  @Test
  void regretAgainstTheHorizonIsLogLogWithTheFittedSlopeOfEachPolicy() {
    List<CellSummary> cells = new ArrayList<>();
    for (long t : new long[] {1_000, 10_000, 100_000}) {
      cells.add(cell("menus.discounted", params("items", 6L, "rounds", t), "menus.eird",
          "menus.regret-eird", 2 * Math.pow(t, 0.6)));
      cells.add(cell("menus.discounted", params("items", 6L, "rounds", t), "menus.random",
          "menus.regret-eird", 0.3 * t));
      cells.add(cell("menus.discounted", params("items", 6L, "rounds", t), "menus.oracle",
          "menus.regret-eird", t < 100_000 ? 10 : -5));
    }
    List<Figure> figures = new RegretFigures().figures(new RunSummary("s", "episode", cells));
    assertThat(figures).hasSize(1);
    Figure figure = figures.get(0);
    assertThat(figure.x().scale()).isEqualTo(Scale.LOG);
    assertThat(figure.y().scale()).isEqualTo(Scale.LOG);
    assertThat(figure.series()).extracting(Series::label)
        .containsExactly("menus.eird (slope 0.60)", "menus.random (slope 1.00)",
            "menus.oracle (slope n/a)");
    assertThat(figure.series().get(0).x()).containsExactly(1_000, 10_000, 100_000);
    assertThat(figure.series().get(0).low()[2]).isCloseTo(2 * Math.pow(1e5, 0.6) - 1,
        within(1e-9));
    assertThat(figure.caption()).contains("menus.eird 0.60, menus.random 1.00, menus.oracle n/a");
  }

  @Test
  void theDiscountIsDrawnAsTheEffectiveMemoryWithoutUniformMemory() {
    List<CellSummary> cells = new ArrayList<>();
    for (double gamma : new double[] {0.9, 0.99, 1.0}) {
      cells.add(cell("menus.discounted", params("gamma", gamma, "preferences", "smooth"),
          "menus.eird", "regret", 100 * gamma));
      cells.add(cell("menus.discounted", params("gamma", gamma, "preferences", "linear"),
          "menus.eird", "regret", 10 * gamma));
    }
    List<Figure> figures = new RegretFigures().figures(new RunSummary("s", "episode", cells));
    assertThat(figures).hasSize(2);
    assertThat(figures.get(0).title()).contains("effective memory").contains("preferences=smooth");
    assertThat(figures.get(1).title()).contains("preferences=linear");
    Series series = figures.get(0).series().get(0);
    assertThat(series.x()).containsExactly(new double[] {10, 100}, within(1e-9));
    assertThat(series.y()).containsExactly(90, 99);
    assertThat(figures.get(0).caption()).contains("gamma = 1").doesNotContain("slope");
  }

  @Test
  void runsWithoutAGridOrWithoutMenusDrawNothing() {
    List<CellSummary> one = List.of(cell("menus.discounted", params("rounds", 10L), "p",
        "menus.regret-eird", 1));
    assertThat(new RegretFigures().figures(new RunSummary("s", "step", one))).isEmpty();
    List<CellSummary> other = List.of(
        cell("bandit.bernoulli", params("arms", 2L), "p", "regret", 1),
        cell("bandit.bernoulli", params("arms", 3L), "p", "regret", 2));
    assertThat(new RegretFigures().figures(new RunSummary("s", "step", other))).isEmpty();
  }
}
