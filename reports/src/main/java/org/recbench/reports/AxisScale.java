package org.recbench.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A linear axis with "nice" ticks (Heckbert, <i>Nice numbers for graph labels</i>, Graphics Gems,
 * 1990): the step is the range over the wanted number of intervals rounded to 1, 2 or 5 times a
 * power of ten, and the domain is widened to whole steps ("loose" labelling).
 *
 * @param min lower end of the axis, a multiple of {@code step}
 * @param max upper end of the axis, a multiple of {@code step}
 * @param step distance between ticks
 */
record AxisScale(double min, double max, double step) {

  /**
   * An axis covering {@code [low, high]} with about {@code targetTicks} ticks. A range within
   * rounding error of its ends ({@code high - low ≤ 1e-9·max(|low|, |high|)}, e.g. a mean of
   * equal values with a confidence interval of 1e-17) counts as flat, so it does not get ticks in
   * its eleventh decimal.
   */
  static AxisScale covering(double low, double high, int targetTicks) {
    if (!(high - low > 1e-9 * Math.max(Math.abs(low), Math.abs(high)))) {
      double pad = low == 0 ? 1 : Math.abs(low) * 0.1;
      low -= pad;
      high += pad;
    }
    double rough = (high - low) / Math.max(1, targetTicks - 1);
    double power = Math.pow(10, Math.floor(Math.log10(rough)));
    double fraction = rough / power;
    double nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
    double step = nice * power;
    return new AxisScale(Math.floor(low / step) * step, Math.ceil(high / step) * step, step);
  }

  /** Tick positions from {@code min} to {@code max}. */
  List<Double> ticks() {
    List<Double> ticks = new ArrayList<>();
    long count = Math.round((max - min) / step);
    for (long i = 0; i <= count; i++) {
      ticks.add(min + i * step);
    }
    return ticks;
  }

  /** Position of {@code value} mapped linearly from {@code [min, max]} to {@code [from, to]}. */
  double map(double value, double from, double to) {
    return from + (value - min) / (max - min) * (to - from);
  }

  /**
   * A tick label with just the decimals the step needs; thousands and millions as {@code k} and
   * {@code M} once the step reaches them ({@code 1.5k}, {@code 2M}).
   */
  String label(double tick) {
    double scale = step >= 1e6 ? 1e6 : step >= 1e3 ? 1e3 : 1;
    String suffix = scale == 1e6 ? "M" : scale == 1e3 ? "k" : "";
    double scaledStep = step / scale;
    int decimals = scaledStep >= 1 ? 0 : (int) Math.ceil(-Math.log10(scaledStep) - 1e-9);
    if (Math.abs(tick) < step * 1e-9) {
      tick = 0;
    }
    return String.format(Locale.ROOT, "%." + decimals + "f", tick / scale) + suffix;
  }
}
