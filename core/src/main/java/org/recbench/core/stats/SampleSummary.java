package org.recbench.core.stats;

import java.util.Arrays;
import org.recbench.api.Summary;

/**
 * A metric's values over seeds at one checkpoint, summarized: n, mean, sd, median, quartiles and
 * the 95% confidence interval of the centre the metric declares — the mean ({@link MeanEstimate},
 * cut to the metric's value range) or the median ({@link MedianInterval}).
 *
 * @param n number of values
 * @param mean sample mean
 * @param sd sample standard deviation
 * @param median sample median
 * @param q1 first quartile (type 7)
 * @param q3 third quartile (type 7)
 * @param center the mean or the median, as the metric declares
 * @param ci the 95% confidence interval of {@code center}
 */
public record SampleSummary(int n, double mean, double sd, double median, double q1, double q3,
    double center, Interval ci) {

  /** Summarizes finite {@code values} of a metric of {@code kind}. */
  public static SampleSummary of(double[] values, MetricKind kind, ConfidenceMethod method) {
    MeanEstimate mean = MeanEstimate.of(values, method);
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double median = PercentileBootstrap.quantile(sorted, 0.5);
    double q1 = PercentileBootstrap.quantile(sorted, 0.25);
    double q3 = PercentileBootstrap.quantile(sorted, 0.75);
    boolean byMedian = kind.summary() == Summary.MEDIAN;
    Interval ci = byMedian ? MedianInterval.of(sorted) : kind.clip(mean.ci());
    return new SampleSummary(mean.n(), mean.mean(), mean.sd(), median, q1, q3,
        byMedian ? median : mean.mean(), ci);
  }
}
