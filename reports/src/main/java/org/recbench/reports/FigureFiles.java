package org.recbench.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.recbench.api.figure.Figure;

/**
 * Every figure of a leaderboard as a standalone SVG file ({@code recbench report --figures DIR}),
 * the same document the page's "SVG" buttons save: an XML declaration and the figure's
 * {@code <svg>} element with its namespace and presentation attributes, so it renders with its
 * axes, legend and caption in any viewer.
 */
public final class FigureFiles {

  private FigureFiles() {}

  /** The file name of {@code figure}: its id made safe for file systems, with {@code .svg}. */
  public static String fileName(Figure figure) {
    String safe = figure.id().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-")
        .replaceAll("^[.-]+", "");
    return (safe.isEmpty() ? "figure" : safe) + ".svg";
  }

  /** The standalone SVG document of {@code figure}, colours in series order. */
  public static String document(Figure figure) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + FigureChart.svg(figure) + "\n";
  }

  /**
   * Writes every figure of {@code leaderboard} into {@code dir} (created when missing); two
   * figures with the same file name get {@code -2}, {@code -3}... suffixes.
   *
   * @return the files written, in leaderboard order
   */
  public static List<Path> writeAll(Leaderboard leaderboard, Path dir) throws IOException {
    Files.createDirectories(dir);
    Set<String> taken = new HashSet<>();
    List<Path> files = new ArrayList<>();
    for (Figure figure : leaderboard.figures()) {
      String name = fileName(figure);
      String base = name.substring(0, name.length() - 4);
      for (int i = 2; !taken.add(name); i++) {
        name = base + "-" + i + ".svg";
      }
      Path file = dir.resolve(name);
      Files.writeString(file, document(figure), StandardCharsets.UTF_8);
      files.add(file);
    }
    return files;
  }
}
