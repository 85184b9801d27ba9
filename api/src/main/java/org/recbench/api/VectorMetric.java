package org.recbench.api;

import java.util.List;

/**
 * A metric whose value is a vector with labelled entries: the share of users preferring each
 * product, a per-round curve. The harness stores the whole vector at every checkpoint and the
 * reports show each entry; its descriptor says {@link Descriptor#vector()} so a scenario cannot
 * rank by it. Like every metric, its memory must not grow with the horizon.
 *
 * @param <O> observation type
 * @param <A> action type
 * @param <F> feedback type
 */
public interface VectorMetric<O, A, F> extends Metric<O, A, F> {

  /** Labels of the entries, in order; fixed once the metric is created, at least one. */
  List<String> labels();

  /** Writes the current value, one entry per label, into {@code into}. */
  void values(double[] into);

  /** A vector metric has no scalar value: the harness reads {@link #values} instead. */
  @Override
  default double value() {
    return Double.NaN;
  }
}
