package org.recbench.reports;

import java.util.List;
import java.util.Locale;

/**
 * A learning curve as inline SVG: one metric over checkpoints, one line per policy with markers
 * at the checkpoints and a translucent band for the 95% confidence interval of the mean, linear
 * axes with ticks and labels, and a legend below the plot. Every element of a series carries
 * {@code data-series} so the page can mute a policy across charts.
 */
final class LearningCurveChart {

  private static final int WIDTH = 520;
  private static final int LEFT = 58;
  private static final int RIGHT = WIDTH - 18;
  private static final int TOP = 12;
  private static final int BOTTOM = 222;
  private static final int LEGEND_TOP = BOTTOM + 62;
  private static final int LEGEND_ROW = 18;
  /** Average glyph width of the 11 px legend font, to lay out entries without measuring. */
  private static final double CHAR_WIDTH = 5.9;

  /**
   * One line.
   *
   * @param label policy label
   * @param index colour index, the same for this policy in every chart of a board
   * @param points statistics at each checkpoint, ascending
   */
  record Series(String label, int index, List<Stat> points) {}

  private LearningCurveChart() {}

  /**
   * The chart as an {@code <svg>} element.
   *
   * @param metric metric id, the y-axis label
   * @param unit checkpoint unit, the x-axis label
   * @param series lines to draw, each with at least one point
   */
  static String svg(String metric, String unit, List<Series> series) {
    double lowest = Double.POSITIVE_INFINITY;
    double highest = Double.NEGATIVE_INFINITY;
    long last = 1;
    for (Series s : series) {
      for (Stat p : s.points()) {
        lowest = Math.min(lowest, p.ciLow());
        highest = Math.max(highest, p.ciHigh());
        last = Math.max(last, p.at());
      }
    }
    AxisScale x = AxisScale.covering(0, last, 6);
    AxisScale y = AxisScale.covering(lowest, highest, 6);
    Legend legend = legend(series);
    int height = LEGEND_TOP + legend.rows() * LEGEND_ROW;

    StringBuilder svg = new StringBuilder();
    svg.append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
        .append("\" role=\"img\" aria-label=\"").append(Html.escape(metric + " by " + unit))
        .append("\">\n");
    svg.append("<title>").append(Html.escape(metric + " by " + unit + ": mean and 95% CI"))
        .append("</title>\n");
    axes(svg, x, y, metric, unit);
    for (Series s : series) {
      line(svg, s, x, y);
    }
    svg.append(legend.markup());
    svg.append("</svg>");
    return svg.toString();
  }

  private static void axes(StringBuilder svg, AxisScale x, AxisScale y, String metric,
      String unit) {
    for (double tick : y.ticks()) {
      double py = y.map(tick, BOTTOM, TOP);
      svg.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(RIGHT)
          .append("\" y1=\"").append(c(py)).append("\" y2=\"").append(c(py)).append("\"/>")
          .append("<text class=\"tick\" x=\"").append(LEFT - 8).append("\" y=\"")
          .append(c(py + 4)).append("\" text-anchor=\"end\">").append(y.label(tick))
          .append("</text>\n");
    }
    for (double tick : x.ticks()) {
      double px = x.map(tick, LEFT, RIGHT);
      svg.append("<line class=\"tick-mark\" x1=\"").append(c(px)).append("\" x2=\"")
          .append(c(px)).append("\" y1=\"").append(BOTTOM).append("\" y2=\"").append(BOTTOM + 5)
          .append("\"/><text class=\"tick\" x=\"").append(c(px)).append("\" y=\"")
          .append(BOTTOM + 17).append("\" text-anchor=\"middle\">").append(x.label(tick))
          .append("</text>\n");
    }
    svg.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" x2=\"").append(RIGHT)
        .append("\" y1=\"").append(BOTTOM).append("\" y2=\"").append(BOTTOM).append("\"/>")
        .append("<line class=\"axis\" x1=\"").append(LEFT).append("\" x2=\"").append(LEFT)
        .append("\" y1=\"").append(TOP).append("\" y2=\"").append(BOTTOM).append("\"/>\n");
    svg.append("<text class=\"axis-label\" x=\"").append((LEFT + RIGHT) / 2).append("\" y=\"")
        .append(BOTTOM + 40).append("\" text-anchor=\"middle\">").append(Html.escape(unit))
        .append("</text>\n");
    svg.append("<text class=\"axis-label\" transform=\"rotate(-90)\" x=\"")
        .append(-(TOP + BOTTOM) / 2).append("\" y=\"14\" text-anchor=\"middle\">")
        .append(Html.escape(metric)).append("</text>\n");
  }

  private static void line(StringBuilder svg, Series s, AxisScale x, AxisScale y) {
    String color = Palette.color(s.index());
    StringBuilder upper = new StringBuilder();
    StringBuilder lower = new StringBuilder();
    StringBuilder mean = new StringBuilder();
    StringBuilder markers = new StringBuilder();
    for (Stat p : s.points()) {
      String px = c(x.map(p.at(), LEFT, RIGHT));
      upper.append(px).append(',').append(c(y.map(p.ciHigh(), BOTTOM, TOP))).append(' ');
      lower.insert(0, px + "," + c(y.map(p.ciLow(), BOTTOM, TOP)) + " ");
      String py = c(y.map(p.mean(), BOTTOM, TOP));
      mean.append(px).append(',').append(py).append(' ');
      markers.append("<circle cx=\"").append(px).append("\" cy=\"").append(py)
          .append("\" r=\"3\"><title>").append(Html.escape(s.label())).append(" at ")
          .append(p.at()).append(": ").append(Html.escape(Format.number(p.mean())))
          .append(", 95% CI ").append(Html.escape(Format.interval(p))).append(", n = ")
          .append(p.n()).append("</title></circle>");
    }
    svg.append("<g class=\"series\" data-series=\"").append(s.index()).append("\" fill=\"")
        .append(color).append("\" stroke=\"").append(color).append("\">\n");
    svg.append("<polygon class=\"band\" points=\"").append(upper).append(lower.toString().trim())
        .append("\"/>\n");
    if (s.points().size() == 1) {
      Stat p = s.points().get(0);
      String px = c(x.map(p.at(), LEFT, RIGHT));
      svg.append("<line class=\"whisker\" x1=\"").append(px).append("\" x2=\"").append(px)
          .append("\" y1=\"").append(c(y.map(p.ciLow(), BOTTOM, TOP))).append("\" y2=\"")
          .append(c(y.map(p.ciHigh(), BOTTOM, TOP))).append("\"/>\n");
    }
    svg.append("<polyline class=\"mean\"").append(dashAttribute(s.index())).append(" points=\"")
        .append(mean.toString().trim()).append("\"/>\n");
    svg.append(markers).append("\n</g>\n");
  }

  /** Legend markup and the number of rows it takes. */
  private record Legend(String markup, int rows) {}

  /** Legend entries, wrapped into rows that fit the plot width. */
  private static Legend legend(List<Series> series) {
    StringBuilder markup = new StringBuilder();
    double cursor = LEFT;
    int row = 0;
    for (Series s : series) {
      double width = entryWidth(s);
      if (cursor > LEFT && cursor + width > RIGHT) {
        cursor = LEFT;
        row++;
      }
      int py = LEGEND_TOP - 8 + row * LEGEND_ROW;
      String color = Palette.color(s.index());
      markup.append("<g class=\"legend-item\" data-series=\"").append(s.index())
          .append("\"><title>").append(Html.escape(s.label()))
          .append(" (click to mute or show)</title><line x1=\"").append(c(cursor))
          .append("\" x2=\"").append(c(cursor + 18)).append("\" y1=\"").append(py - 4)
          .append("\" y2=\"").append(py - 4).append("\" stroke=\"").append(color).append('"')
          .append(dashAttribute(s.index())).append("/><circle cx=\"").append(c(cursor + 9))
          .append("\" cy=\"").append(py - 4).append("\" r=\"3\" fill=\"").append(color)
          .append("\"/><text x=\"").append(c(cursor + 24)).append("\" y=\"").append(py)
          .append("\">").append(Html.escape(s.label())).append("</text></g>\n");
      cursor += width;
    }
    return new Legend(markup.toString(), series.isEmpty() ? 0 : row + 1);
  }

  private static double entryWidth(Series s) {
    return 24 + s.label().length() * CHAR_WIDTH + 18;
  }

  private static String dashAttribute(int index) {
    String dash = Palette.dash(index);
    return dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"";
  }

  /** A coordinate with one decimal. */
  private static String c(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
