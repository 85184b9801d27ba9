package org.recbench.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Opens {@code index.html} from {@code file://} in Debian's headless Chromium and checks what a
 * reader does with it: sorting, the charts, muting a policy, and that the page stays offline and
 * error-free. Skipped when {@code /usr/bin/chromium} or {@code /usr/bin/chromedriver} is absent.
 */
class HtmlReportBrowserTest {


  @TempDir
  static Path dir;
  private static ChromeDriver driver;
  private static String url;

  @BeforeAll
  static void startBrowser() throws IOException {
    assumeTrue(Chromium.available(), "no " + Chromium.BROWSER + " or " + Chromium.DRIVER);
    Path page = dir.resolve("index.html");
    HtmlReport.write(SampleLeaderboard.leaderboard(), page);
    url = page.toUri().toString();
    driver = Chromium.start();
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  @BeforeEach
  void openPage() {
    driver.get(url);
  }

  private static WebElement firstBoard() {
    return driver.findElement(By.id("board-1"));
  }

  private static WebElement header(String text) {
    return firstBoard().findElements(By.cssSelector("table.leaderboard th")).stream()
        .filter(th -> th.getText().startsWith(text)).findFirst().orElseThrow();
  }

  /** Policy labels of the first board's table, top to bottom. */
  private static List<String> policyOrder() {
    return firstBoard().findElements(By.cssSelector("table.leaderboard tbody td.policy"))
        .stream().map(WebElement::getText).toList();
  }

  private static List<String> policiesSortedBy(Comparator<PolicyRow> order) {
    return SampleLeaderboard.leaderboard().boards().get(0).rows().stream().sorted(order)
        .map(PolicyRow::policy).toList();
  }

  private static List<String> reversed(List<String> list) {
    List<String> copy = new ArrayList<>(list);
    Collections.reverse(copy);
    return copy;
  }

  @Test
  void clickingAMetricHeaderSortsNumericallyAndAgainReverses() {
    Comparator<PolicyRow> byReward = Comparator.comparingDouble(r -> r.last("reward").mean());

    header("reward").click();
    assertThat(policyOrder()).isEqualTo(policiesSortedBy(byReward));
    assertThat(header("reward").getDomAttribute("aria-sort")).isEqualTo("ascending");

    header("reward").click();
    assertThat(policyOrder()).isEqualTo(policiesSortedBy(byReward.reversed()));
    assertThat(header("reward").getDomAttribute("aria-sort")).isEqualTo("descending");
    assertThat(header("Rank").getDomAttribute("aria-sort")).isNull();
  }

  @Test
  void rankStartsAscendingAndOneClickReversesIt() {
    List<String> byRank = policyOrder();

    header("Rank").click();

    assertThat(policyOrder()).isEqualTo(reversed(byRank));
  }

  @Test
  void missingPValueOfTheBestStaysLastInBothDirections() {
    header("p vs best").click();
    List<String> ascending = policyOrder();
    header("p vs best").click();
    List<String> descending = policyOrder();

    assertThat(ascending.get(4)).isEqualTo("bandit.thompson");
    assertThat(descending.get(4)).isEqualTo("bandit.thompson");
    assertThat(ascending.subList(0, 4)).isEqualTo(reversed(descending.subList(0, 4)));
  }

  @Test
  void chartsDrawALineAndAConfidenceBandPerPolicy() {
    List<WebElement> charts = driver.findElements(By.cssSelector("svg.figure"));
    List<WebElement> bands = driver.findElements(By.cssSelector("svg.figure polygon.band"));

    assertThat(charts).hasSize(6);
    assertThat(charts)
        .allSatisfy(chart -> assertThat(chart.getSize().getWidth()).isGreaterThan(300));
    assertThat(driver.findElements(By.cssSelector("svg.figure polyline.mean"))).hasSize(30);
    assertThat(bands).hasSize(30);
    assertThat(bands).allSatisfy(band -> {
      assertThat(band.getDomAttribute("points").split(" ")).hasSize(2 * 4);
      assertThat(Double.parseDouble(band.getCssValue("fill-opacity"))).isBetween(0.05, 0.5);
    });
  }

  @Test
  void theSvgAFigureButtonSavesRendersAloneWithItsAxesTicksLegendAndCaption() throws IOException {
    String saved = (String) driver.executeScript("return window.recbenchStandaloneSvg("
        + "document.querySelector('#board-1 svg.figure'));");
    Path file = dir.resolve("saved.svg");
    Files.writeString(file, saved);

    driver.get(file.toUri().toString());

    assertStandaloneFigureRenders(4, 5);
  }

  @Test
  void everyFileOfFiguresDirRendersAloneWithItsAxes() throws IOException {
    List<Path> files = FigureFiles.writeAll(SampleLeaderboard.withAnalysesAndFigures(),
        dir.resolve("figures"));

    assertThat(files).hasSize(3);
    for (Path file : files) {
      driver.get(file.toUri().toString());
      assertThat(driver.executeScript("return document.documentElement.namespaceURI;"))
          .as(file.toString()).isEqualTo("http://www.w3.org/2000/svg");
      assertStandaloneFigureRenders(2, 1);
    }
  }

  /**
   * The document open in the browser is a lone SVG whose axes have a size on screen, whose
   * tick labels and legend entries are drawn text, and whose caption shows.
   */
  private static void assertStandaloneFigureRenders(int minimumTicks, int minimumLegend) {
    Number axisWidth = (Number) driver.executeScript("var axis = document.querySelector("
        + "'svg > path[stroke=\"#444\"]'); var box = axis.getBBox(); return box.width;");
    Number axisHeight = (Number) driver.executeScript("var axis = document.querySelector("
        + "'svg > path[stroke=\"#444\"]'); return axis.getBBox().height;");
    Number drawnTexts = (Number) driver.executeScript("return Array.prototype.filter.call("
        + "document.querySelectorAll('svg > text'), function (t) { "
        + "return t.getComputedTextLength() > 0; }).length;");
    Number legend = (Number) driver.executeScript(
        "return document.querySelectorAll('.legend-item text').length;");
    String fill = (String) driver.executeScript("return getComputedStyle(document.querySelector("
        + "'svg > text')).fill;");

    assertThat(axisWidth.doubleValue()).isGreaterThan(200);
    assertThat(axisHeight.doubleValue()).isGreaterThan(100);
    assertThat(drawnTexts.intValue()).isGreaterThanOrEqualTo(minimumTicks + 3);
    assertThat(legend.intValue()).isGreaterThanOrEqualTo(minimumLegend);
    assertThat(fill).isNotEqualTo("none");
  }

  @Test
  void clickingALegendEntryMutesThatPolicyInEveryChartOfItsBoardOnly() {
    firstBoard().findElement(By.cssSelector(".legend-item[data-series='1']")).click();

    assertThat(firstBoard().findElements(By.cssSelector(".series[data-series='1']")))
        .hasSize(3).allSatisfy(s -> assertThat(s.getDomAttribute("class")).contains("muted"));
    assertThat(driver.findElement(By.id("board-2"))
        .findElements(By.cssSelector(".series.muted"))).isEmpty();
  }

  @Test
  void aScriptInALabelIsShownAsTextAndNeverRuns() {
    assertThat(policyOrder()).contains(SampleLeaderboard.HOSTILE);
    assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
  }

  @Test
  void pageLogsNoErrorAndRequestsNothing() {
    header("regret").click();
    Object resources = driver.executeScript(
        "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
    List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).toList();

    assertThat((List<?>) resources).isEmpty();
    assertThat(errors).isEmpty();
  }
}
