package org.recbench.assortment.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recbench.api.figure.CellSummary;
import org.recbench.api.figure.ConfigSummary;
import org.recbench.api.figure.Figure;
import org.recbench.api.figure.RunSummary;
import org.recbench.api.figure.Series;
import org.recbench.api.figure.SummaryPoint;

class FiguresTest {

  private static CellSummary cell(Map<String, Object> env, String policy, Map<String, Object> p,
      String metric, double value) {
    return new CellSummary(new ConfigSummary("assortment.lowrank", "lowrank" + env, env),
        new ConfigSummary(policy, policy + p, p),
        Map.of(metric, List.of(new SummaryPoint(100, 5, value / 2, 0, value),
            new SummaryPoint(200, 5, value, value - 1, value + 1))),
        Map.of(), List.of());
  }

  @Test
  void regretBySettingPlotsTheFinalRegretAgainstTheVariedParameterPerPolicy() {
    RunSummary run = new RunSummary("fig6", "step", List.of(
        cell(Map.of("rank", 3, "d1", 10), "elsa", Map.of(), "regret", 30),
        cell(Map.of("rank", 1, "d1", 10), "elsa", Map.of(), "regret", 10),
        cell(Map.of("rank", 1, "d1", 10), "stacked", Map.of(), "regret", 50),
        cell(Map.of("rank", 3, "d1", 10), "stacked", Map.of(), "regret", 70)));
    List<Figure> figures = new RegretBySettingFigure().figures(run);
    assertThat(figures).singleElement().satisfies(f -> {
      assertThat(f.x().label()).isEqualTo("rank");
      Series elsa = f.series().get(0);
      assertThat(elsa.label()).isEqualTo("elsa{}");
      assertThat(elsa.x()).containsExactly(1, 3);
      assertThat(elsa.y()).containsExactly(10, 30);
      assertThat(elsa.low()).containsExactly(9, 29);
      assertThat(f.series().get(1).y()).containsExactly(50, 70);
    });
  }

  @Test
  void regretBySettingDrawsNothingWhenNoNumericParameterVaries() {
    RunSummary run = new RunSummary("fig9", "step", List.of(
        cell(Map.of("mode", "exact"), "elsa", Map.of(), "regret", 3),
        cell(Map.of("mode", "full-rank"), "elsa", Map.of(), "regret", 4)));
    assertThat(new RegretBySettingFigure().figures(run)).isEmpty();
  }

  @Test
  void rankConsistencyPlotsTheShareOfCorrectRanksAgainstTheExplorationLength() {
    RunSummary run = new RunSummary("fig5", "step", List.of(
        cell(Map.of("rank", 2), "assortment.elsa-gic", Map.of("exploration", 400),
            "assortment.rank-correct", 0.9),
        cell(Map.of("rank", 2), "assortment.elsa-gic", Map.of("exploration", 100),
            "assortment.rank-correct", 0.5)));
    assertThat(new RankConsistencyFigure().figures(run)).singleElement().satisfies(f -> {
      assertThat(f.series()).singleElement().satisfies(s -> {
        assertThat(s.x()).containsExactly(100, 400);
        assertThat(s.y()).containsExactly(0.5, 0.9);
      });
    });
  }
}
