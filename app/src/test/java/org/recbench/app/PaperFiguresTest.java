package org.recbench.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.recbench.reports.Chromium;

/**
 * The report of the B&B grid scenario (paper 002's Alg. 1, planning time over 2..8 types × 2..8
 * categories) in Chromium: the figure the paper draws is on the page, its intervals stay above
 * zero, its 49 boards fold away, and its SVG file renders alone. Skipped without Chromium.
 */
class PaperFiguresTest {

  @TempDir
  static Path dir;
  private static ChromeDriver driver;
  private static Path run;

  @BeforeAll
  static void runTheGridAndOpenTheBrowser() {
    assumeTrue(Chromium.available(), "no " + Chromium.BROWSER);
    CliRun result = CliRun.of("run", "../scenarios/churn/bnb-grid.json", "--set", "seeds=5",
        "--out", dir.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    run = result.runDirectory();
    driver = Chromium.start();
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  private static WebElement figure(String titlePrefix) {
    return driver.findElements(By.cssSelector("#figures svg.figure")).stream()
        .filter(svg -> svg.findElement(By.tagName("title")).getDomProperty("textContent")
            .startsWith(titlePrefix)).findFirst().orElseThrow(() -> new AssertionError(
                "no figure titled " + titlePrefix));
  }

  @Test
  void planningTimeAgainstTypesHasOneLinePerCategoryCountOnALogAxis() {
    driver.get(run.resolve("index.html").toUri().toString());
    WebElement svg = figure("planning-time vs types by categories — churn.bnb");

    List<String> legend = svg.findElements(By.cssSelector(".legend-item text")).stream()
        .map(WebElement::getText).toList();
    assertThat(legend).containsExactly("categories = 2", "categories = 3", "categories = 4",
        "categories = 5", "categories = 6", "categories = 7", "categories = 8");
    assertThat(svg.findElements(By.cssSelector("polyline.mean"))).hasSize(7);
    assertThat(svg.findElements(By.cssSelector("polyline.mean"))).allSatisfy(line ->
        assertThat(line.getDomAttribute("points").split(" ")).hasSize(7));
    assertThat(svg.getDomAttribute("data-y-scale")).isEqualTo("log");
    assertThat(svg.getDomAttribute("data-x-scale")).isEqualTo("linear");
    assertThat(svg.findElement(By.tagName("title")).getDomProperty("textContent"))
        .contains("planning-time vs types");
  }

  @Test
  void noIntervalOfANonNegativeMetricReachesBelowZeroOnThePageOrInTheData()
      throws IOException {
    driver.get(run.resolve("index.html").toUri().toString());
    Pattern interval = Pattern.compile("95% CI \\[(-?[0-9.eE+-]+), ");
    int checked = 0;
    for (WebElement svg : driver.findElements(By.cssSelector("svg.figure"))) {
      String title = svg.findElement(By.tagName("title")).getDomProperty("textContent");
      if (!title.startsWith("planning-time") && !title.startsWith("nodes-expanded")) {
        continue;
      }
      for (WebElement marker : svg.findElements(By.cssSelector("circle title"))) {
        Matcher m = interval.matcher(marker.getDomProperty("textContent"));
        assertThat(m.find()).isTrue();
        assertThat(Double.parseDouble(m.group(1))).as(title).isGreaterThanOrEqualTo(0);
        checked++;
      }
      double bottom = Double.parseDouble(svg.findElement(By.cssSelector("svg > path"))
          .getDomAttribute("d").replaceAll(".* V([0-9.]+) .*", "$1"));
      for (WebElement band : svg.findElements(By.cssSelector("polygon.band"))) {
        for (String point : band.getDomAttribute("points").split(" ")) {
          assertThat(Double.parseDouble(point.split(",")[1])).isLessThanOrEqualTo(bottom);
        }
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(49);

    JsonNode leaderboard = new ObjectMapper().readTree(run.resolve("leaderboard.json").toFile());
    List<Double> lows = new ArrayList<>();
    leaderboard.get("boards").forEach(board -> board.get("rows").forEach(row -> {
      for (String metric : List.of("planning-time", "nodes-expanded")) {
        row.path("metrics").path(metric).forEach(stat -> lows.add(stat.get("ciLow")
            .doubleValue()));
      }
    }));
    assertThat(lows).hasSizeGreaterThanOrEqualTo(49).allSatisfy(low ->
        assertThat(low).isGreaterThanOrEqualTo(0));
  }

  @Test
  void fortyNineBoardsFoldBehindTheirNamesBelowTheFigures() {
    driver.get(run.resolve("index.html").toUri().toString());

    assertThat(driver.findElements(By.cssSelector("details.fold"))).hasSize(49);
    assertThat(driver.findElements(By.cssSelector("details.fold[open]"))).isEmpty();
    Number figuresBottom = (Number) driver.executeScript("return document.getElementById("
        + "'figures').getBoundingClientRect().bottom;");
    Number pageHeight = (Number) driver.executeScript(
        "return document.documentElement.scrollHeight;");
    assertThat(pageHeight.doubleValue()).isLessThan(12_000);
    assertThat(figuresBottom.doubleValue()).isLessThan(pageHeight.doubleValue());
  }

  @Test
  void theFigureFileWrittenByReportFiguresRendersAloneWithItsAxes() throws IOException {
    Path figures = dir.resolve("svg");
    CliRun report = CliRun.of("report", run.toString(), "--figures", figures.toString());
    assertThat(report.exitCode()).as(report.err()).isZero();
    Path file = figures.resolve("sweep-planning-time-vs-types-by-categories-1.svg");
    assertThat(Files.readString(file)).startsWith("<?xml").contains(
        "xmlns=\"http://www.w3.org/2000/svg\"", "Scenario churn-bnb-grid");

    driver.get(file.toUri().toString());

    Number axisWidth = (Number) driver.executeScript(
        "return document.querySelector('svg > path').getBBox().width;");
    Number axisHeight = (Number) driver.executeScript(
        "return document.querySelector('svg > path').getBBox().height;");
    Number drawnTexts = (Number) driver.executeScript("return Array.prototype.filter.call("
        + "document.querySelectorAll('svg > text'), function (t) { "
        + "return t.getComputedTextLength() > 0; }).length;");
    assertThat(axisWidth.doubleValue()).isGreaterThan(300);
    assertThat(axisHeight.doubleValue()).isGreaterThan(200);
    assertThat(drawnTexts.intValue()).isGreaterThan(10);
    assertThat(driver.findElements(By.cssSelector(".legend-item"))).hasSize(7);
  }
}
