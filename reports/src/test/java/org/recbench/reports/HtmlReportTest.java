package org.recbench.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.recbench.api.figure.Axis;
import org.recbench.api.figure.Figure;
import org.recbench.api.figure.Series;

class HtmlReportTest {

  private static final String HTML = HtmlReport.render(SampleLeaderboard.leaderboard());

  private static int count(String text, String needle) {
    return text.split(Pattern.quote(needle), -1).length - 1;
  }

  @Test
  void labelsFromDataAreEscapedSoAScriptLabelStaysInert() {
    assertThat(count(HTML, "<script")).isEqualTo(1);
    assertThat(HTML).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; "
        + "&quot;quoted&quot; | piped");
    assertThat(HTML).doesNotContain("alert('x')");
  }

  @Test
  void pageReferencesNoUrlAndForbidsLoadingAnything() {
    assertThat(HTML.replace(" xmlns=\"http://www.w3.org/2000/svg\"", ""))
        .doesNotContainPattern("(?i)https?:|//[a-z]|ftp:|@import|url\\(");
    Matcher references = Pattern.compile("(?:src|href)=\"([^\"]*)\"").matcher(HTML);
    while (references.find()) {
      assertThat(references.group(1)).matches("#board-\\d+|data:,");
    }
    assertThat(HTML).contains("Content-Security-Policy\" content=\"default-src 'none';");
  }

  @Test
  void everyBoardHasASortableTableAndOneChartPerMetric() {
    assertThat(count(HTML, "<table class=\"sortable leaderboard\">")).isEqualTo(2);
    assertThat(count(HTML, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"figure\""))
        .isEqualTo(2 * 3);
    // one band and one line per policy in each chart
    assertThat(count(HTML, "<polygon class=\"band\"")).isEqualTo(2 * 3 * 5);
    assertThat(count(HTML, "<polyline class=\"mean\"")).isEqualTo(2 * 3 * 5);
    assertThat(count(HTML, "<g class=\"legend-item\"")).isEqualTo(2 * 3 * 5);
    assertThat(count(HTML, "<button class=\"download\"")).isEqualTo(2 * 3);
  }

  @Test
  void headersShowEveryMetricsUnitAndDirection() {
    assertThat(HTML).contains("steps (steps) <span class=\"direction\" title=\"descriptive "
        + "(not ranked)\">·</span>", "reward <span class=\"direction\" title=\"higher is "
        + "better\">↑</span>", "regret <span class=\"direction\" title=\"lower is better\">↓");
  }

  @Test
  void manyBoardsFoldBehindTheirNames() {
    Leaderboard sample = SampleLeaderboard.leaderboard();
    List<EnvironmentBoard> boards = new java.util.ArrayList<>();
    for (int i = 0; i < HtmlReport.FOLD_ABOVE + 1; i++) {
      EnvironmentBoard b = sample.boards().get(0);
      boards.add(new EnvironmentBoard(b.environment() + i, b.metrics(), b.rows()));
    }
    String many = HtmlReport.render(new Leaderboard(sample.run(), boards, List.of(), List.of()));

    assertThat(count(many, "<details class=\"fold\">")).isEqualTo(HtmlReport.FOLD_ABOVE + 1);
    assertThat(count(HTML, "<details")).isZero();
  }

  @Test
  void bandPolygonFollowsTheUpperEndsForwardAndTheLowerEndsBack() {
    String svg = FigureChart.svg(Figure.lines("f", "reward", Axis.linear("step", ""),
        Axis.linear("reward", ""), List.of(new Series("p", new double[] {10, 20},
            new double[] {5, 8}, new double[] {4, 7}, new double[] {6, 9}))));

    Matcher band = Pattern.compile("<polygon class=\"band\" points=\"([^\"]+)\"").matcher(svg);
    assertThat(band.find()).isTrue();
    String[] points = band.group(1).split(" ");
    assertThat(points).hasSize(4);
    double[] ys = new double[4];
    for (int i = 0; i < 4; i++) {
      ys[i] = Double.parseDouble(points[i].split(",")[1]);
    }
    // SVG y grows downwards: the upper ends (6, 9) lie above the lower ends (7, 4)
    assertThat(ys[0]).isLessThan(ys[3]);
    assertThat(ys[1]).isLessThan(ys[2]);
    assertThat(points[0].split(",")[0]).isEqualTo(points[3].split(",")[0]);
  }

  @Test
  void aPolicyKeepsItsColourOnEveryBoardWhateverItsRank() {
    Leaderboard sample = SampleLeaderboard.leaderboard();
    EnvironmentBoard second = sample.boards().get(1);
    List<PolicyRow> reversed = new java.util.ArrayList<>(second.rows());
    java.util.Collections.reverse(reversed);
    String html = HtmlReport.render(new Leaderboard(sample.run(), List.of(sample.boards().get(0),
        new EnvironmentBoard(second.environment(), second.metrics(), reversed)),
        sample.skipped(), sample.failures()));

    for (PolicyRow row : reversed) {
      Matcher swatches = Pattern.compile("background:(#[0-9a-f]{6})\"></span>"
          + Pattern.quote(Html.escape(row.policy())) + "<").matcher(html);
      List<String> colours = swatches.results().map(m -> m.group(1)).toList();
      assertThat(colours).as(row.policy()).hasSize(2).containsOnly(colours.get(0));
    }
  }

  @Test
  void tableCellsCarryRawValuesForNumericSorting() {
    Stat best = SampleLeaderboard.leaderboard().boards().get(0).rows().get(0).last("regret");

    assertThat(HTML).contains("data-value=\"" + best.mean() + "\"");
    assertThat(HTML).contains("<th data-type=\"number\" aria-sort=\"ascending\">Rank</th>");
  }

  @Test
  void headerShowsScenarioDescriptionAndMetadata() {
    assertThat(HTML).contains("<h1>quickstart</h1>",
        "UCB1 and Thompson sampling against uniform random",
        "<dt>git commit</dt><dd>3f2a9c1 (clean)</dd>",
        "<b>regret</b> (lower is better)");
  }

  @Test
  void skippedPairsAndFailuresAreListedWithReasonsAndMessages() {
    assertThat(HTML).contains("churn.bnb needs capability churn-model",
        "java.lang.IllegalStateException: arm index 11 out of range &lt;10&gt;");
  }

  @Test
  void aLineWithASinglePointDrawsAWhiskerForItsInterval() {
    String svg = FigureChart.svg(Figure.lines("f", "reward", Axis.linear("step", ""),
        Axis.linear("reward", ""), List.of(new Series("p", new double[] {5},
            new double[] {1}, new double[] {0.5}, new double[] {1.5}))));

    assertThat(svg).contains("<line class=\"whisker\"").doesNotContain("<polygon");
  }
}
