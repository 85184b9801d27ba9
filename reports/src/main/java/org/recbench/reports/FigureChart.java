package org.recbench.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.recbench.api.figure.Axis;
import org.recbench.api.figure.ChartKind;
import org.recbench.api.figure.Figure;
import org.recbench.api.figure.Scale;
import org.recbench.api.figure.Series;

/**
 * A {@link Figure} as a self-contained SVG element: axes with ticks and labels (units in
 * brackets), linear or logarithmic scales, lines with confidence bands or points with error
 * bars, a legend, the title and caption. Styles are presentation attributes, so the element
 * renders the same inside the HTML page and copied out on its own. Non-finite points, and
 * non-positive ones on a log axis, are left out. A line with a single drawable point and an
 * interval gets an error bar. Series and legend entries carry {@code data-series} (the colour
 * index) so the page can mute a policy; markers carry the value and interval as a tooltip.
 */
final class FigureChart {

  private static final int WIDTH = 560;
  private static final int PLOT_HEIGHT = 260;
  private static final int LEFT = 64;
  private static final int TOP = 34;
  private static final int LEGEND_ROW = 18;
  private static final double CHAR_WIDTH = 5.9;
  private static final double TITLE_CHAR_WIDTH = 7.4;
  private static final int TITLE_LINE = 16;

  private FigureChart() {}

  /** The figure as an {@code <svg>} element with the SVG namespace, colours in series order. */
  static String svg(Figure figure) {
    return svg(figure, (label, position) -> position);
  }

  /** Colour index of a series, from its label and position in the figure. */
  interface Colours {
    int of(String label, int position);
  }

  /**
   * The figure as an {@code <svg>} element with the SVG namespace, the series coloured by
   * {@code colours} (the page gives a policy the same colour in every figure).
   */
  static String svg(Figure figure, Colours colours) {
    int[] colour = new int[figure.series().size()];
    for (int i = 0; i < colour.length; i++) {
      colour[i] = colours.of(figure.series().get(i).label(), i);
    }
    Scaled x = Scaled.of(figure.x(), figure.series(), true);
    Scaled y = Scaled.of(figure.y(), figure.series(), false);
    int right = WIDTH - 18;
    List<String> title = wrap(figure.title(), (WIDTH - LEFT - 8) / TITLE_CHAR_WIDTH);
    int top = TOP + (title.size() - 1) * TITLE_LINE;
    int bottom = top + PLOT_HEIGHT;
    if (figure.equalAxes()) {
      double unitsPerPixel = Math.max((x.max() - x.min()) / (right - LEFT),
          (y.max() - y.min()) / PLOT_HEIGHT);
      right = LEFT + (int) Math.round((x.max() - x.min()) / unitsPerPixel);
      bottom = top + (int) Math.round((y.max() - y.min()) / unitsPerPixel);
    }
    List<double[]> legend = legendLayout(figure.series(), right);
    int legendRows = legend.isEmpty() ? 0 : (int) legend.get(legend.size() - 1)[1] + 1;
    int captionTop = bottom + 48 + legendRows * LEGEND_ROW;
    List<String> caption = wrap(figure.caption(), (WIDTH - LEFT) / CHAR_WIDTH);
    int height = captionTop + caption.size() * 14 + 6;
    Frame frame = new Frame(LEFT, right, top, bottom, x, y);

    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"figure\" data-id=\"")
        .append(Html.escape(figure.id())).append("\" data-x-scale=\"")
        .append(figure.x().scale().name().toLowerCase(Locale.ROOT)).append("\" data-y-scale=\"")
        .append(figure.y().scale().name().toLowerCase(Locale.ROOT)).append("\" viewBox=\"0 0 ")
        .append(WIDTH).append(' ').append(height).append("\" width=\"").append(WIDTH)
        .append("\" height=\"").append(height).append("\" font-family=\"sans-serif\" ")
        .append("role=\"img\" aria-label=\"").append(Html.escape(figure.title())).append("\">\n")
        .append("<title>").append(Html.escape(figure.title())).append("</title>\n")
        .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    for (int i = 0; i < title.size(); i++) {
      svg.append("<text class=\"figure-title\" x=\"").append(LEFT).append("\" y=\"")
          .append(18 + TITLE_LINE * i).append("\" font-size=\"13\" font-weight=\"bold\"")
          .append(" fill=\"#222\">").append(Html.escape(title.get(i))).append("</text>\n");
    }
    axes(svg, frame, figure);
    for (int i = 0; i < figure.series().size(); i++) {
      series(svg, figure.kind(), figure.series().get(i), colour[i], frame);
    }
    legend(svg, figure.series(), colour, legend, bottom + 48);
    for (int i = 0; i < caption.size(); i++) {
      svg.append("<text x=\"").append(LEFT).append("\" y=\"").append(captionTop + 10 + 14 * i)
          .append("\" font-size=\"11\" fill=\"#555\">").append(Html.escape(caption.get(i)))
          .append("</text>\n");
    }
    svg.append("</svg>");
    return svg.toString();
  }

  /** The plot area and its scales. */
  private record Frame(int left, int right, int top, int bottom, Scaled x, Scaled y) {

    double px(double value) {
      return x.map(value, left, right);
    }

    double py(double value) {
      return y.map(value, bottom, top);
    }
  }

  /** An axis's domain and ticks, linear or in powers of ten. */
  private record Scaled(Axis axis, double min, double max, List<Double> ticks,
      AxisScale linear) {

    static Scaled of(Axis axis, List<Series> series, boolean horizontal) {
      double low = Double.POSITIVE_INFINITY;
      double high = Double.NEGATIVE_INFINITY;
      boolean log = axis.scale() == Scale.LOG;
      for (Series s : series) {
        double[] values = horizontal ? s.x() : s.y();
        double[] lows = horizontal || !s.hasInterval() ? values : s.low();
        double[] highs = horizontal || !s.hasInterval() ? values : s.high();
        for (int i = 0; i < values.length; i++) {
          for (double v : new double[] {values[i], lows[i], highs[i]}) {
            if (Double.isFinite(v) && (!log || v > 0)) {
              low = Math.min(low, v);
              high = Math.max(high, v);
            }
          }
        }
      }
      if (low > high) {
        low = log ? 1 : 0;
        high = log ? 10 : 1;
      }
      if (log) {
        double from = Math.floor(Math.log10(low));
        double to = Math.ceil(Math.log10(high));
        if (to == from) {
          to++;
        }
        List<Double> ticks = new ArrayList<>();
        for (double e = from; e <= to; e++) {
          ticks.add(Math.pow(10, e));
        }
        return new Scaled(axis, from, to, ticks, null);
      }
      AxisScale scale = AxisScale.covering(low, high, 6);
      return new Scaled(axis, scale.min(), scale.max(), scale.ticks(), scale);
    }

    boolean drawable(double value) {
      return Double.isFinite(value) && (axis.scale() != Scale.LOG || value > 0);
    }

    double map(double value, double from, double to) {
      double v = axis.scale() == Scale.LOG ? Math.log10(value) : value;
      return from + (v - min) / (max - min) * (to - from);
    }

    String label(double tick) {
      if (linear != null) {
        return linear.label(tick);
      }
      return Format.number(tick);
    }

    String title() {
      return axis.unit().isEmpty() ? axis.label() : axis.label() + " (" + axis.unit() + ")";
    }
  }

  private static void axes(StringBuilder svg, Frame f, Figure figure) {
    for (double tick : f.y().ticks()) {
      String py = c(f.py(tick));
      svg.append("<line x1=\"").append(f.left()).append("\" x2=\"").append(f.right())
          .append("\" y1=\"").append(py).append("\" y2=\"").append(py)
          .append("\" stroke=\"#e4e4e4\"/><text x=\"").append(f.left() - 6).append("\" y=\"")
          .append(c(f.py(tick) + 4)).append("\" font-size=\"10\" fill=\"#444\" ")
          .append("text-anchor=\"end\">").append(f.y().label(tick)).append("</text>\n");
    }
    for (double tick : f.x().ticks()) {
      String px = c(f.px(tick));
      svg.append("<line x1=\"").append(px).append("\" x2=\"").append(px).append("\" y1=\"")
          .append(f.bottom()).append("\" y2=\"").append(f.bottom() + 5)
          .append("\" stroke=\"#444\"/><text x=\"").append(px).append("\" y=\"")
          .append(f.bottom() + 17).append("\" font-size=\"10\" fill=\"#444\" ")
          .append("text-anchor=\"middle\">").append(f.x().label(tick)).append("</text>\n");
    }
    svg.append("<path d=\"M").append(f.left()).append(',').append(f.top()).append(" V")
        .append(f.bottom()).append(" H").append(f.right())
        .append("\" fill=\"none\" stroke=\"#444\"/>\n");
    svg.append("<text x=\"").append((f.left() + f.right()) / 2).append("\" y=\"")
        .append(f.bottom() + 36).append("\" font-size=\"11\" fill=\"#222\" ")
        .append("text-anchor=\"middle\">").append(Html.escape(f.x().title())).append("</text>\n");
    svg.append("<text transform=\"rotate(-90)\" x=\"").append(-(f.top() + f.bottom()) / 2)
        .append("\" y=\"14\" font-size=\"11\" fill=\"#222\" text-anchor=\"middle\">")
        .append(Html.escape(f.y().title())).append("</text>\n");
  }

  private static void series(StringBuilder svg, ChartKind kind, Series s, int index, Frame f) {
    String color = Palette.color(index);
    double[] xs = s.x();
    double[] ys = s.y();
    double[] lows = s.low();
    double[] highs = s.high();
    svg.append("<g class=\"series\" data-series=\"").append(index).append("\">\n");
    int drawable = 0;
    for (int i = 0; i < xs.length; i++) {
      if (f.x().drawable(xs[i]) && f.y().drawable(ys[i])) {
        drawable++;
      }
    }
    if (kind == ChartKind.LINE && s.hasInterval() && drawable > 1) {
      StringBuilder upper = new StringBuilder();
      StringBuilder lower = new StringBuilder();
      int points = 0;
      for (int i = 0; i < xs.length; i++) {
        if (f.x().drawable(xs[i]) && f.y().drawable(lows[i]) && f.y().drawable(highs[i])) {
          upper.append(c(f.px(xs[i]))).append(',').append(c(f.py(highs[i]))).append(' ');
          lower.insert(0, c(f.px(xs[i])) + "," + c(f.py(lows[i])) + " ");
          points++;
        }
      }
      if (points > 1) {
        svg.append("<polygon class=\"band\" points=\"").append(upper)
            .append(lower.toString().trim()).append("\" fill=\"").append(color)
            .append("\" fill-opacity=\"0.18\" stroke=\"none\"/>\n");
      }
    }
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < xs.length; i++) {
      if (!f.x().drawable(xs[i]) || !f.y().drawable(ys[i])) {
        continue;
      }
      String px = c(f.px(xs[i]));
      String py = c(f.py(ys[i]));
      line.append(px).append(',').append(py).append(' ');
      if ((kind == ChartKind.SCATTER || drawable == 1) && s.hasInterval()
          && f.y().drawable(lows[i]) && f.y().drawable(highs[i])) {
        svg.append("<line class=\"whisker\" x1=\"").append(px).append("\" x2=\"").append(px)
            .append("\" y1=\"").append(c(f.py(lows[i]))).append("\" y2=\"")
            .append(c(f.py(highs[i]))).append("\" stroke=\"").append(color).append("\"/>");
      }
      svg.append("<circle cx=\"").append(px).append("\" cy=\"").append(py).append("\" r=\"")
          .append(kind == ChartKind.SCATTER || drawable == 1 ? "3.5" : "2.5")
          .append("\" fill=\"").append(color).append("\"><title>")
          .append(Html.escape(s.label())).append(": ").append(Html.escape(Format.number(xs[i])))
          .append(" → ").append(Html.escape(Format.number(ys[i])));
      if (s.hasInterval()) {
        svg.append(", 95% CI [").append(Html.escape(Format.number(lows[i]))).append(", ")
            .append(Html.escape(Format.number(highs[i]))).append(']');
      }
      svg.append("</title></circle>");
    }
    if (kind == ChartKind.LINE && !line.isEmpty()) {
      String dash = Palette.dash(index);
      svg.append("\n<polyline class=\"mean\" points=\"").append(line.toString().trim())
          .append("\" fill=\"none\" ")
          .append("stroke=\"").append(color).append("\" stroke-width=\"1.6\"")
          .append(dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"").append("/>");
    }
    svg.append("\n</g>\n");
  }

  /** Where each legend entry goes: x and row, wrapped to the plot's width. */
  private static List<double[]> legendLayout(List<Series> series, int right) {
    List<double[]> places = new ArrayList<>();
    double cursor = LEFT;
    int row = 0;
    for (Series s : series) {
      double width = 30 + s.label().length() * CHAR_WIDTH + 14;
      if (cursor > LEFT && cursor + width > Math.max(right, WIDTH - 18)) {
        cursor = LEFT;
        row++;
      }
      places.add(new double[] {cursor, row});
      cursor += width;
    }
    return places;
  }

  private static void legend(StringBuilder svg, List<Series> series, int[] colour,
      List<double[]> places, int top) {
    for (int i = 0; i < series.size(); i++) {
      double x = places.get(i)[0];
      int py = top + (int) places.get(i)[1] * LEGEND_ROW;
      String color = Palette.color(colour[i]);
      String dash = Palette.dash(colour[i]);
      svg.append("<g class=\"legend-item\" data-series=\"").append(colour[i])
          .append("\"><title>").append(Html.escape(series.get(i).label()))
          .append(" (click to mute or show)</title><line x1=\"").append(c(x))
          .append("\" x2=\"").append(c(x + 20)).append("\" y1=\"").append(py - 4)
          .append("\" y2=\"").append(py - 4).append("\" stroke=\"").append(color)
          .append("\" stroke-width=\"2\"")
          .append(dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"")
          .append("/><text x=\"").append(c(x + 26)).append("\" y=\"")
          .append(py).append("\" font-size=\"11\" fill=\"#222\">")
          .append(Html.escape(series.get(i).label())).append("</text></g>\n");
    }
  }

  private static List<String> wrap(String text, double width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.isEmpty() ? "" : " ").append(word);
    }
    if (!line.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static String c(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
