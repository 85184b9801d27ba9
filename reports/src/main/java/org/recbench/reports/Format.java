package org.recbench.reports;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Number formatting shared by the human-readable reports (Markdown and HTML). */
final class Format {

  /** Shown where a value is missing (no p-value for the best policy, no statistic). */
  static final String MISSING = "—";

  private Format() {}

  /**
   * A mean with the half-width of its confidence interval, both rounded to two significant
   * digits of the half-width (the usual way to report a value with its uncertainty):
   * {@code 41.24 ± 0.53}. Very small or very large values use scientific notation; a zero-width
   * interval (one seed, or a constant metric) shows the mean alone.
   */
  static String meanPlusMinus(Stat stat) {
    double mean = stat.mean();
    double halfWidth = (stat.ciHigh() - stat.ciLow()) / 2;
    if (!(halfWidth > 0)) {
      return number(mean);
    }
    int decimals = 1 - (int) Math.floor(Math.log10(halfWidth));
    if (decimals > 6 || Math.abs(mean) >= 1e7) {
      return String.format(Locale.ROOT, "%.3g ± %.2g", mean, halfWidth);
    }
    String pattern = "%." + Math.max(decimals, 0) + "f";
    return String.format(Locale.ROOT, pattern + " ± " + pattern, mean, halfWidth);
  }

  /**
   * A table cell: for a median-summarized metric the median with its quartiles,
   * {@code 0.21 (0.18–0.25)}; otherwise the mean with the half-width of its interval, or with
   * the interval itself when it was cut at the metric's range and is no longer symmetric,
   * {@code 0.4 [0, 1.1]}.
   */
  static String cell(Stat stat, MetricInfo metric) {
    if (metric.median()) {
      return number(stat.median()) + " (" + number(stat.q1()) + "–" + number(stat.q3()) + ")";
    }
    double below = stat.mean() - stat.ciLow();
    double above = stat.ciHigh() - stat.mean();
    if (Math.abs(below - above) > 1e-9 * Math.max(1, Math.abs(stat.mean()))) {
      return number(stat.mean()) + " " + interval(stat);
    }
    return meanPlusMinus(stat);
  }

  /** The tooltip of a cell: every statistic, with the unit. */
  static String details(Stat stat, MetricInfo metric) {
    String unit = metric.unit().isEmpty() ? "" : " " + metric.unit();
    return (metric.median() ? "median " + number(stat.median()) + unit + ", quartiles ["
        + number(stat.q1()) + ", " + number(stat.q3()) + "], 95% CI of the median "
        + interval(stat) + ", mean " + number(stat.mean())
        : "mean " + number(stat.mean()) + unit + ", 95% CI " + interval(stat) + ", median "
        + number(stat.median())) + ", sd " + number(stat.sd()) + ", n = " + stat.n();
  }

  /**
   * A value with four significant digits but every digit of its integer part, trailing zeros
   * dropped: {@code 41.2}, {@code 12346}, and a count such as {@code 26801} exactly.
   */
  static String number(double value) {
    if (!Double.isFinite(value)) {
      return String.valueOf(value);
    }
    double magnitude = Math.abs(value);
    if (value != 0 && (magnitude < 1e-4 || magnitude >= 1e7)) {
      return String.format(Locale.ROOT, "%.3e", value);
    }
    int integerDigits = magnitude >= 1 ? (int) Math.floor(Math.log10(magnitude)) + 1 : 0;
    return new BigDecimal(value).round(new MathContext(Math.max(4, integerDigits)))
        .stripTrailingZeros().toPlainString();
  }

  /** A p-value with three decimals, {@code < 0.001} below that, {@link #MISSING} for null. */
  static String pValue(Double p) {
    if (p == null) {
      return MISSING;
    }
    return p < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", p);
  }

  /** The 95% confidence interval as {@code [low, high]}. */
  static String interval(Stat stat) {
    return "[" + number(stat.ciLow()) + ", " + number(stat.ciHigh()) + "]";
  }

  /** "higher is better" or "lower is better". */
  static String direction(boolean higherIsBetter) {
    return higherIsBetter ? "higher is better" : "lower is better";
  }
}
