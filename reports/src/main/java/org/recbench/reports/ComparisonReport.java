package org.recbench.reports;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a {@link Comparison}: {@code compare.csv} (every cell) and {@code compare.html} (the
 * moved cells first, then every cell, self-contained like {@code index.html}), and renders the
 * moved cells as a plain-text table for the terminal.
 */
public final class ComparisonReport {

  /** Columns of {@code compare.csv}. */
  public static final List<String> COLUMNS = List.of("environment", "policy", "metric", "unit",
      "summary", "a", "b", "pairs", "difference_ci_low", "difference_ci_high", "moved", "worse",
      "relative_change");

  private ComparisonReport() {}

  /** Writes {@code compare.csv} and {@code compare.html} into {@code dir}; returns them. */
  public static List<Path> write(Comparison comparison, Path dir) throws IOException {
    Files.createDirectories(dir);
    Path csvFile = dir.resolve("compare.csv");
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new))
        .setRecordSeparator('\n').get();
    try (Writer out = Files.newBufferedWriter(csvFile, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(out, format)) {
      for (Comparison.Cell c : comparison.cells()) {
        csv.printRecord(CsvReport.text(c.environment()), CsvReport.text(c.policy()),
            CsvReport.text(c.metric()), CsvReport.text(c.unit()), c.summary(), c.a(),
            c.b(), c.pairs(), c.low(), c.high(), c.moved(), c.worse(),
            Double.isFinite(c.relativeChange()) ? c.relativeChange() : "");
      }
    }
    Path html = dir.resolve("compare.html");
    Files.writeString(html, html(comparison), StandardCharsets.UTF_8);
    return List.of(csvFile, html);
  }

  /** The moved cells as aligned text lines, or a line saying none moved. */
  public static String text(Comparison comparison) {
    List<Comparison.Cell> moved = comparison.moved();
    if (moved.isEmpty()) {
      return "no cell moved beyond its 95% confidence interval (" + comparison.cells().size()
          + " compared)\n";
    }
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
        "%-36s %-28s %-20s %12s %12s %9s %s%n", "environment", "policy", "metric", "A", "B",
        "change", ""));
    for (Comparison.Cell c : moved) {
      out.append(String.format(Locale.ROOT, "%-36s %-28s %-20s %12s %12s %9s %s%n",
          c.environment(), c.policy(), c.metric() + (c.unit().isEmpty() ? "" : " (" + c.unit()
              + ")"), Format.number(c.a()), Format.number(c.b()), percent(c.relativeChange()),
          c.worse() ? "worse" : "better or descriptive"));
    }
    return out.append(moved.size()).append(" of ").append(comparison.cells().size())
        .append(" cells moved\n").toString();
  }

  private static String percent(double relative) {
    return Double.isFinite(relative) ? String.format(Locale.ROOT, "%+.1f%%", 100 * relative)
        : "—";
  }

  static String html(Comparison comparison) {
    StringBuilder body = new StringBuilder();
    body.append("<header>\n<p class=\"eyebrow\">RecBench comparison</p>\n<h1>")
        .append(Html.escape(comparison.scenario())).append("</h1>\n<p class=\"description\">A: ")
        .append(Html.escape(comparison.runA())).append("<br>B: ")
        .append(Html.escape(comparison.runB())).append("</p>\n<p class=\"note\">")
        .append(Html.escape(comparison.method())).append("</p>\n");
    comparison.notes().forEach(n -> body.append("<p class=\"note\">").append(Html.escape(n))
        .append("</p>\n"));
    body.append("</header>\n<main>\n");
    table(body, "Moved cells (" + comparison.moved().size() + ")", comparison.moved());
    table(body, "Every cell (" + comparison.cells().size() + ")", comparison.cells());
    body.append("</main>\n");
    return HtmlReport.page("compare " + comparison.scenario(), body.toString());
  }

  private static void table(StringBuilder html, String title, List<Comparison.Cell> cells) {
    html.append("<section class=\"extra\">\n<h2>").append(Html.escape(title)).append("</h2>\n");
    if (cells.isEmpty()) {
      html.append("<p class=\"note\">None.</p>\n</section>\n");
      return;
    }
    html.append("<div class=\"table-wrap\"><table class=\"sortable\">\n<thead><tr>")
        .append("<th data-type=\"text\">Environment</th><th data-type=\"text\">Policy</th>")
        .append("<th data-type=\"text\">Metric</th><th data-type=\"number\">A</th>")
        .append("<th data-type=\"number\">B</th><th data-type=\"number\">Change</th>")
        .append("<th data-type=\"text\">95% CI of B − A</th><th data-type=\"text\">Moved</th>")
        .append("</tr></thead>\n<tbody>\n");
    for (Comparison.Cell c : cells) {
      html.append(c.moved() ? (c.worse() ? "<tr class=\"worse\">" : "<tr class=\"moved\">")
          : "<tr>").append("<td>").append(Html.escape(c.environment())).append("</td><td>")
          .append(Html.escape(c.policy())).append("</td><td>")
          .append(Html.escape(c.metric() + (c.unit().isEmpty() ? "" : " (" + c.unit() + ")")))
          .append("</td><td class=\"num\" data-value=\"").append(c.a()).append("\">")
          .append(Format.number(c.a())).append("</td><td class=\"num\" data-value=\"")
          .append(c.b()).append("\">").append(Format.number(c.b()))
          .append("</td><td class=\"num\" data-value=\"")
          .append(Double.isFinite(c.relativeChange()) ? c.relativeChange() : "").append("\">")
          .append(percent(c.relativeChange())).append("</td><td>[")
          .append(Format.number(c.low())).append(", ").append(Format.number(c.high()))
          .append("]</td><td>").append(c.moved() ? (c.worse() ? "worse" : "yes") : "")
          .append("</td></tr>\n");
    }
    html.append("</tbody></table></div>\n</section>\n");
  }
}
