package org.recbench.api.figure;

/** How a {@link Figure}'s series are drawn. */
public enum ChartKind {
  /** Points joined in the order given (x need not increase: trajectories), with a band when
   * the series has confidence bounds. */
  LINE,
  /** Unjoined points, with error bars when the series has confidence bounds. */
  SCATTER
}
