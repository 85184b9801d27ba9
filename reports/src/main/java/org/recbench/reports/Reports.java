package org.recbench.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes every report of a run: CSV, JSON, Markdown and the self-contained HTML page. */
public final class Reports {

  /** File names written by {@link #writeAll}, in order. */
  public static final List<String> FILES =
      List.of("leaderboard.csv", "leaderboard.json", "leaderboard.md", "index.html");

  private Reports() {}

  /**
   * Writes {@code leaderboard.csv}, {@code leaderboard.json}, {@code leaderboard.md} and
   * {@code index.html} into {@code dir} (created when missing), replacing existing files; the
   * four at once ({@link FileWrites}).
   *
   * @return the written files, in that order
   */
  public static List<Path> writeAll(Leaderboard leaderboard, Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> files = FILES.stream().map(dir::resolve).toList();
    FileWrites.runAll(writes(leaderboard, dir));
    return files;
  }

  /**
   * The writes of {@link #writeAll}, to run on their own or with other writes through
   * {@link FileWrites#runAll}; {@code dir} must exist.
   */
  public static List<FileWrites.Write> writes(Leaderboard leaderboard, Path dir) {
    List<Path> files = FILES.stream().map(dir::resolve).toList();
    return List.of(
        () -> CsvReport.write(leaderboard, files.get(0)),
        () -> JsonReport.write(leaderboard, files.get(1)),
        () -> MarkdownReport.write(leaderboard, files.get(2)),
        () -> HtmlReport.write(leaderboard, files.get(3)));
  }
}
