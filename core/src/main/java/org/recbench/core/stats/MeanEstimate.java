package org.recbench.core.stats;

/**
 * The mean of a sample with its spread and a 95% confidence interval.
 *
 * <p>With a single value the standard deviation is 0 and the interval is the point
 * {@code [mean, mean]}: one seed says nothing about the spread, and a report shows that as a
 * zero-width interval next to {@code n = 1} rather than inventing one.
 *
 * @param n sample size, at least 1
 * @param mean sample mean
 * @param sd sample standard deviation (divisor {@code n - 1}); 0 when {@code n = 1}
 * @param ci 95% confidence interval of the mean
 */
public record MeanEstimate(int n, double mean, double sd, Interval ci) {

  /**
   * Estimates the mean of {@code values} with a confidence interval from {@code method}.
   *
   * @throws IllegalArgumentException if {@code values} is empty or holds a non-finite value
   */
  public static MeanEstimate of(double[] values, ConfidenceMethod method) {
    if (values.length == 0) {
      throw new IllegalArgumentException("cannot estimate the mean of an empty sample");
    }
    double sum = 0;
    for (double v : values) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException("sample values must be finite, found " + v);
      }
      sum += v;
    }
    int n = values.length;
    double mean = sum / n;
    if (n == 1 || allEqual(values)) {
      // n copies of x may not sum to n·x exactly; a constant sample has no spread at all
      return new MeanEstimate(n, values[0], 0, Interval.point(values[0]));
    }
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    double sd = Math.sqrt(squares / (n - 1));
    Interval ci = switch (method) {
      case T -> StudentTInterval.of(n, mean, sd);
      case BOOTSTRAP -> PercentileBootstrap.interval(values);
    };
    return new MeanEstimate(n, mean, sd, ci);
  }

  private static boolean allEqual(double[] values) {
    for (double v : values) {
      if (v != values[0]) {
        return false;
      }
    }
    return true;
  }
}
