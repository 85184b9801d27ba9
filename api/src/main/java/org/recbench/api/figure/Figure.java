package org.recbench.api.figure;

import java.util.List;
import java.util.Objects;

/**
 * A figure as data: the reports render it (inline SVG in the HTML page, a standalone SVG file)
 * without knowing which plugin made it. Plugins contribute figures from an
 * {@link org.recbench.api.Analysis} or a {@link FigureSource}.
 *
 * @param id stable identifier, unique within a run, e.g. {@code population.simplex}
 * @param title one-line title
 * @param kind how the series are drawn
 * @param x horizontal axis
 * @param y vertical axis
 * @param series the data, drawn in order
 * @param caption what the figure shows and how it was computed ("" for none)
 * @param scope the environment label of the leaderboard section the figure belongs to, or ""
 *     for the run as a whole
 * @param equalAxes whether one unit has the same length on both axes (simplex plots)
 */
public record Figure(String id, String title, ChartKind kind, Axis x, Axis y, List<Series> series,
    String caption, String scope, boolean equalAxes) {

  /** Validates and copies the components. */
  public Figure {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(x, "x");
    Objects.requireNonNull(y, "y");
    Objects.requireNonNull(caption, "caption");
    Objects.requireNonNull(scope, "scope");
    series = List.copyOf(series);
  }

  /** A line figure for the whole run, with independent axes and no caption. */
  public static Figure lines(String id, String title, Axis x, Axis y, List<Series> series) {
    return new Figure(id, title, ChartKind.LINE, x, y, series, "", "", false);
  }

  /** This figure attached to the leaderboard section of environment {@code label}. */
  public Figure inScope(String label) {
    return new Figure(id, title, kind, x, y, series, caption, label, equalAxes);
  }

  /** This figure with a caption. */
  public Figure withCaption(String text) {
    return new Figure(id, title, kind, x, y, series, text, scope, equalAxes);
  }
}
