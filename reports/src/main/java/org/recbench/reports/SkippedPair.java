package org.recbench.reports;

/**
 * A pair that was not run.
 *
 * @param environment environment label
 * @param policy policy label
 * @param reason why, e.g. "churn.bnb needs capability churn-model"
 */
public record SkippedPair(String environment, String policy, String reason) {}
