package org.recbench.reports;

/**
 * Summary of one metric for one (environment, policy) at one checkpoint, over seeds.
 *
 * @param at checkpoint position (steps or episodes)
 * @param n number of trials
 * @param mean sample mean
 * @param sd sample standard deviation (0 when n = 1)
 * @param ciLow lower end of the 95% confidence interval of the mean
 * @param ciHigh upper end of the 95% confidence interval of the mean
 * @param rank 1 = best on this metric at this checkpoint, ties share the lower rank
 * @param pValueVsBest paired Wilcoxon signed-rank p-value against the best policy on the same
 *     seeds; null for the best policy itself or when it cannot be computed
 */
public record Stat(long at, int n, double mean, double sd, double ciLow, double ciHigh, int rank,
    Double pValueVsBest) {}
