package org.recbench.api.figure;

/**
 * A metric's summary over seeds at one checkpoint.
 *
 * @param at checkpoint position (steps or episodes)
 * @param n number of finite values
 * @param mean sample mean
 * @param low lower end of the 95% confidence interval of the mean
 * @param high upper end of the 95% confidence interval of the mean
 */
public record SummaryPoint(long at, int n, double mean, double low, double high) {}
