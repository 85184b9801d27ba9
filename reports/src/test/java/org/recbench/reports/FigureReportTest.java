package org.recbench.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbench.api.figure.Figure;

/** Figures as data and analyses in every report format. */
class FigureReportTest {

  private final Leaderboard leaderboard = SampleLeaderboard.withAnalysesAndFigures();

  @Test
  void aFigureIsAStandaloneSvgWithItsTitleAxesWithUnitsAndCaption() {
    String svg = FigureChart.svg(leaderboard.figures().get(0));

    assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
        .contains(">planning time vs types</text>", ">planning time (ms)</text>", ">types</text>",
            "B&amp;B planning time; the zero is not drawn on the log axis")
        .doesNotContain("class=\"chart\"");
  }

  @Test
  void aLongTitleWrapsOntoLinesThatFitTheFigureAndThePlotMovesDown() {
    Figure short_ = leaderboard.figures().get(0);
    String words = "planning-time vs types by categories for churn.bnb on churn.synthetic with"
        + " the paper's generator, seeds 0 to 9, 100 sessions each, against SARSOP";
    Figure long_ = new Figure(short_.id(), words, short_.kind(), short_.x(), short_.y(),
        short_.series(), short_.caption(), short_.scope(), short_.equalAxes());

    Matcher line = Pattern.compile("class=\"figure-title\"[^>]*>([^<]*)</text>")
        .matcher(FigureChart.svg(long_));
    StringBuilder joined = new StringBuilder();
    int lines = 0;
    while (line.find()) {
      assertThat(line.group(1).length()).as(line.group(1)).isLessThanOrEqualTo(66);
      joined.append(lines++ == 0 ? "" : " ").append(line.group(1));
    }
    assertThat(lines).isGreaterThanOrEqualTo(2);
    assertThat(joined.toString()).isEqualTo(words.replace("'", "&#39;"));
    assertThat(axisTop(FigureChart.svg(long_))).isEqualTo(axisTop(FigureChart.svg(short_))
        + 16 * (lines - 1));
  }

  private static int axisTop(String svg) {
    Matcher axis = Pattern.compile("<path d=\"M(\\d+),(\\d+) V").matcher(svg);
    assertThat(axis.find()).isTrue();
    return Integer.parseInt(axis.group(2));
  }

  @Test
  void aLogAxisHasTicksAtPowersOfTenAndLeavesOutNonPositivePoints() {
    String svg = FigureChart.svg(leaderboard.figures().get(0));

    assertThat(svg).contains(">0.001</text>", ">0.1</text>", ">10</text>", ">100</text>");
    // The "with a zero" series keeps one of its two points.
    assertThat(count(svg, "<title>with a zero: ")).isEqualTo(1);
    assertThat(count(svg, "<title>bnb: ")).isEqualTo(4);
  }

  @Test
  void aLineWithIntervalsGetsABandAndAScatterGetsErrorBars() {
    String line = FigureChart.svg(leaderboard.figures().get(0));
    String scatter = FigureChart.svg(leaderboard.figures().get(1));

    assertThat(count(line, "<polygon ")).isEqualTo(1);
    assertThat(count(scatter, "<polygon ")).isZero();
    assertThat(count(scatter, "<polyline ")).isZero();
    assertThat(count(scatter, "<line x1=")).isGreaterThanOrEqualTo(2);
  }

  @Test
  void equalAxesGiveOneUnitTheSameLengthOnBothAxes() {
    Figure simplex = leaderboard.figures().get(2);
    String svg = FigureChart.svg(simplex);
    Matcher axis = Pattern.compile("<path d=\"M(\\d+),(\\d+) V(\\d+) H(\\d+)\"").matcher(svg);

    assertThat(axis.find()).isTrue();
    double width = Integer.parseInt(axis.group(4)) - Integer.parseInt(axis.group(1));
    double height = Integer.parseInt(axis.group(3)) - Integer.parseInt(axis.group(2));
    // Both axes span [0, 1] after nice rounding.
    assertThat(width / height).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.02));
  }

  @Test
  void thePageShowsAnalysesAndEveryFigureInItsSectionWithTitlesEscaped() {
    String html = HtmlReport.render(leaderboard);

    assertThat(html).contains("<h3>Analyses", "best mean", "reward/step",
        "IllegalStateException: no model", ">planning time vs types</text>",
        "id=\"figures\"", ">trajectories</text>")
        .doesNotContain("<script>alert");
    assertThat(html.indexOf(">planning time vs types</text>"))
        .isLessThan(html.indexOf("id=\"board-2\""));
  }

  @Test
  void markdownListsTheFactsAndNamesTheFigures() {
    String md = MarkdownReport.render(leaderboard);

    assertThat(md).contains("| bandit.bernoulli |  | best mean | 0.525 |  |",
        "| churn.bnb | churn.bnb | error: IllegalStateException: no model | | |",
        "Figures (drawn in `index.html`): planning time vs types.", "trajectories");
  }

  @Test
  void jsonKeepsFiguresAndAnalysesThroughARoundTrip(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("leaderboard.json");
    JsonReport.write(leaderboard, file);

    assertThat(JsonReport.read(file)).isEqualTo(leaderboard);
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      count++;
    }
    return count;
  }
}
