package org.recbench.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

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
    assertThat(HTML).doesNotContainPattern("(?i)https?:|//[a-z]|ftp:|@import|url\\(");
    Matcher references = Pattern.compile("(?:src|href)=\"([^\"]*)\"").matcher(HTML);
    while (references.find()) {
      assertThat(references.group(1)).matches("#board-\\d+|data:,");
    }
    assertThat(HTML).contains("Content-Security-Policy\" content=\"default-src 'none';");
  }

  @Test
  void everyBoardHasASortableTableAndOneChartPerMetric() {
    assertThat(count(HTML, "<table class=\"sortable leaderboard\">")).isEqualTo(2);
    assertThat(count(HTML, "<svg class=\"chart\"")).isEqualTo(2 * 3);
    // one band and one line per policy in each chart
    assertThat(count(HTML, "<polygon class=\"band\"")).isEqualTo(2 * 3 * 5);
    assertThat(count(HTML, "<polyline class=\"mean\"")).isEqualTo(2 * 3 * 5);
    assertThat(count(HTML, "<g class=\"legend-item\"")).isEqualTo(2 * 3 * 5);
  }

  @Test
  void bandPolygonFollowsTheUpperEndsForwardAndTheLowerEndsBack() {
    Stat only = new Stat(10, 3, 5, 1, 4, 6, 1, null);
    Stat second = new Stat(20, 3, 8, 1, 7, 9, 1, null);
    String svg = LearningCurveChart.svg("reward", "step",
        List.of(new LearningCurveChart.Series("p", 0, List.of(only, second))));

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
  void aSingleCheckpointDrawsAWhiskerForItsInterval() {
    Leaderboard single = new Leaderboard(
        new RunInfo("s", "", "reward", true, "episode", Map.of()),
        List.of(new EnvironmentBoard("e", List.of("reward"), List.of(new PolicyRow("p", 1, 0,
            Map.of("reward", List.of(new Stat(5, 3, 1, 1, 0.5, 1.5, 1, null))))))),
        List.of(), List.of());

    assertThat(HtmlReport.render(single)).contains("<line class=\"whisker\"");
  }
}
