package org.recbench.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.recbench.api.Fact;
import org.recbench.api.figure.Figure;

/**
 * {@code leaderboard.md}: for each environment a table of rank, policy, every metric as
 * {@code mean ± CI half-width} at the last checkpoint (the ranking metric first), p-value against
 * the best policy on the ranking metric, trials and failures; then skipped pairs, failed trials
 * and the run metadata. Cells are escaped so labels cannot break the table.
 */
public final class MarkdownReport {

  private MarkdownReport() {}

  /** Writes the leaderboard to {@code file}, replacing it. */
  public static void write(Leaderboard leaderboard, Path file) throws IOException {
    Files.writeString(file, render(leaderboard), StandardCharsets.UTF_8);
  }

  /** The Markdown text. */
  public static String render(Leaderboard leaderboard) {
    RunInfo run = leaderboard.run();
    StringBuilder md = new StringBuilder();
    md.append("# ").append(cell(run.scenario())).append("\n\n");
    if (!run.description().isBlank()) {
      md.append(cell(run.description())).append("\n\n");
    }
    md.append("Ranked by **").append(cell(run.rankBy())).append("** (")
        .append(Format.direction(run.higherIsBetter())).append(") at the last checkpoint. ")
        .append("Cells show the mean ± half-width of the 95% confidence interval over seeds ")
        .append("(the interval itself when cut at the metric's range), or for metrics ")
        .append("summarized by the median, the median (first–third quartile); ")
        .append("*p vs best* is the paired test against the best policy on ")
        .append(cell(run.rankBy())).append("; ● marks the top group (not significantly ")
        .append("different from the best).\n\nMetrics:\n\n");
    java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
    leaderboard.boards().forEach(b -> names.addAll(b.metrics()));
    for (String name : names) {
      MetricInfo m = leaderboard.metric(name);
      md.append("- ").append(cell(m.title())).append(' ').append(m.arrow()).append(' ')
          .append(m.directionText()).append(m.median() ? ", median over seeds" : "")
          .append('\n');
    }
    figureList(md, leaderboard.figuresIn(""));
    aggregate(md, leaderboard.aggregate());
    for (EnvironmentBoard board : leaderboard.boards()) {
      board(md, leaderboard, board);
      figureList(md, leaderboard.figuresIn(board.environment()));
    }
    skipped(md, leaderboard.skipped());
    failures(md, leaderboard.failures());
    metadata(md, run.metadata());
    return md.toString();
  }

  private static void aggregate(StringBuilder md, AggregateRanking aggregate) {
    if (aggregate == null) {
      return;
    }
    md.append("\n## Across ").append(aggregate.boards().size()).append(" boards\n\n")
        .append(cell(aggregate.method())).append("\n\n| Policy | Mean rank | Boards | Top group |");
    aggregate.rows().forEach(r -> md.append(" vs ").append(cell(r.policy())).append(" |"));
    md.append("\n|---|---:|---:|---:|");
    aggregate.rows().forEach(r -> md.append(":---:|"));
    md.append('\n');
    for (AggregateRanking.Row row : aggregate.rows()) {
      md.append("| ").append(cell(row.policy())).append(" | ").append(Format.number(row.meanRank()))
          .append(" | ").append(row.boards()).append(" | ").append(row.topGroups()).append(" |");
      for (AggregateRanking.Row other : aggregate.rows()) {
        AggregateRanking.WinTieLoss wtl = row.versus().get(other.policy());
        md.append(' ').append(wtl == null ? Format.MISSING : wtl.toString()).append(" |");
      }
      md.append('\n');
    }
  }

  private static void board(StringBuilder md, Leaderboard leaderboard, EnvironmentBoard board) {
    RunInfo run = leaderboard.run();
    md.append("\n## ").append(cell(board.environment())).append("\n\n");
    md.append("Final values ").append(Boards.atLastCheckpoint(board, run)).append(".\n\n");
    md.append("| Rank | Policy | Top |");
    board.metrics().forEach(m -> {
      MetricInfo info = leaderboard.metric(m);
      md.append(' ').append(cell(info.title())).append(' ').append(info.arrow())
          .append(info.median() ? " median" : "").append(" |");
    });
    md.append(" p vs best | Trials | Failures |\n|---:|---|:---:|");
    board.metrics().forEach(m -> md.append("---:|"));
    md.append("---:|---:|---:|\n");
    for (PolicyRow row : board.rows()) {
      Stat ranked = row.last(run.rankBy());
      md.append("| ").append(ranked == null ? Format.MISSING : ranked.rank()).append(" | ")
          .append(cell(row.policy())).append(" | ")
          .append(ranked != null && ranked.topGroup() ? "●" : "").append(" |");
      for (String metric : board.metrics()) {
        Stat stat = row.last(metric);
        md.append(' ').append(stat == null ? Format.MISSING
            : Format.cell(stat, leaderboard.metric(metric))).append(" |");
      }
      md.append(' ').append(Format.pValue(ranked == null ? null : ranked.pValueVsBest()))
          .append(" | ").append(row.trials()).append(" | ").append(row.failures()).append(" |\n");
    }
    if (!board.rankingNote().isEmpty()) {
      md.append('\n').append(cell(board.rankingNote())).append('\n');
    }
    if (!board.analyses().isEmpty()) {
      md.append("\nAnalyses (once per configuration):\n\n| Component | Policy | Fact | Value |"
          + " Unit |\n|---|---|---|---:|---|\n");
      for (AnalysisRow analysis : board.analyses()) {
        String head = "| " + cell(analysis.component()) + " | " + cell(analysis.policy()) + " | ";
        if (analysis.error() != null) {
          md.append(head).append("error: ").append(cell(analysis.error())).append(" | | |\n");
        }
        for (Fact fact : analysis.facts()) {
          md.append(head).append(cell(fact.name())).append(" | ")
              .append(Format.number(fact.value())).append(" | ").append(cell(fact.unit()))
              .append(" |\n");
        }
      }
    }
  }

  /** Figures cannot be drawn in Markdown: name them, pointing at the HTML page and files. */
  private static void figureList(StringBuilder md, List<Figure> figures) {
    if (!figures.isEmpty()) {
      md.append("\nFigures (drawn in `index.html`): ").append(String.join("; ", figures.stream()
          .map(f -> cell(f.title())).toList())).append(".\n");
    }
  }

  private static void skipped(StringBuilder md, List<SkippedPair> skipped) {
    listSection(md, "Skipped pairs", "| Environment | Policy | Reason |\n|---|---|---|\n",
        skipped.stream().map(pair -> "| " + cell(pair.environment()) + " | "
            + cell(pair.policy()) + " | " + cell(pair.reason()) + " |\n").toList());
  }

  private static void failures(StringBuilder md, List<FailedTrial> failures) {
    listSection(md, "Failed trials",
        "| Environment | Policy | Seed | Error |\n|---|---|---:|---|\n",
        failures.stream().map(failure -> "| " + cell(failure.environment()) + " | "
            + cell(failure.policy()) + " | " + failure.seed() + " | " + cell(failure.error())
            + " |\n").toList());
  }

  /** A section with a table of {@code rows} under {@code header}, or "None." when empty. */
  private static void listSection(StringBuilder md, String title, String header,
      List<String> rows) {
    md.append("\n## ").append(title).append("\n\n");
    if (rows.isEmpty()) {
      md.append("None.\n");
    } else {
      md.append(header);
      rows.forEach(md::append);
    }
  }

  private static void metadata(StringBuilder md, Map<String, String> metadata) {
    md.append("\n## Run metadata\n\n| Key | Value |\n|---|---|\n");
    metadata.forEach((key, value) -> md.append("| ").append(cell(key)).append(" | ")
        .append(cell(value)).append(" |\n"));
  }

  /**
   * Text safe inside a table cell and as inline text: backslashes, pipes and emphasis or code
   * markers are escaped, angle brackets become character references and line breaks spaces.
   */
  static String cell(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*")
        .replace("_", "\\_").replace("`", "\\`").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }
}
