package org.recbench.api.figure;

/** Scale of an {@link Axis}. */
public enum Scale {
  /** Equal distances for equal differences. */
  LINEAR,
  /** Equal distances for equal ratios; only positive values are drawn. */
  LOG
}
