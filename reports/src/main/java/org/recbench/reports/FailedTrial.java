package org.recbench.reports;

/**
 * A trial that failed.
 *
 * @param environment environment label
 * @param policy policy label
 * @param seed seed index
 * @param error error message
 */
public record FailedTrial(String environment, String policy, int seed, String error) {}
