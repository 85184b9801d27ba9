package org.recbench.reports;

/**
 * Summary of one metric for one (environment, policy) at one checkpoint, over seeds.
 *
 * @param at checkpoint position (steps or episodes)
 * @param n number of trials
 * @param mean sample mean
 * @param sd sample standard deviation (0 when n = 1)
 * @param ciLow lower end of the 95% confidence interval of the metric's centre (the mean, or
 *     the median for a metric summarized by its median, see {@link MetricInfo#summary()})
 * @param ciHigh upper end of that interval
 * @param median sample median
 * @param q1 first quartile (type-7 interpolation)
 * @param q3 third quartile
 * @param rank 1 = best on this metric at this checkpoint, ties share the lower rank; 0 for
 *     descriptive metrics
 * @param pValueVsBest paired Wilcoxon signed-rank p-value against the best policy on the same
 *     seeds; null for the best policy itself or when it cannot be computed
 * @param topGroup whether the policy is the best or not significantly different from it (Holm-
 *     adjusted p-values at the 5% level; every policy when too few seeds allow a test)
 */
public record Stat(long at, int n, double mean, double sd, double ciLow, double ciHigh,
    double median, double q1, double q3, int rank, Double pValueVsBest, boolean topGroup) {

  /** A statistic of a mean-summarized metric without quartiles (median and quartiles = mean). */
  public Stat(long at, int n, double mean, double sd, double ciLow, double ciHigh, int rank,
      Double pValueVsBest) {
    this(at, n, mean, sd, ciLow, ciHigh, mean, mean, mean, rank, pValueVsBest, rank == 1);
  }

  /** The value a report shows: the median for a median-summarized metric, else the mean. */
  public double center(MetricInfo metric) {
    return metric != null && metric.median() ? median : mean;
  }
}
