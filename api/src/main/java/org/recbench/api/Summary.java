package org.recbench.api;

/** How reports summarize a metric's values over seeds. */
public enum Summary {
  /** The mean with a 95% confidence interval of the mean: for roughly symmetric values. */
  MEAN,
  /**
   * The median with its quartiles and a distribution-free 95% confidence interval of the median:
   * for skewed values such as times and node counts, where a few slow trials would dominate a
   * mean and a symmetric interval would reach below zero.
   */
  MEDIAN
}
