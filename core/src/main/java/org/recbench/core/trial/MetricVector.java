package org.recbench.core.trial;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The value of a vector metric at one checkpoint: one number per labelled entry.
 *
 * @param labels entry labels, distinct, in order
 * @param values one value per label (copied in and out)
 */
public record MetricVector(List<String> labels, double[] values) implements Serializable {

  /** Validates the lengths and copies the components. */
  public MetricVector {
    labels = List.copyOf(labels);
    values = values.clone();
    if (labels.size() != values.length) {
      throw new IllegalArgumentException(labels.size() + " labels but " + values.length
          + " values");
    }
    if (labels.stream().distinct().count() != labels.size()) {
      throw new IllegalArgumentException("vector labels must be distinct, were " + labels);
    }
  }

  @Override
  public double[] values() {
    return values.clone();
  }

  /** The value of entry {@code i}. */
  public double value(int i) {
    return values[i];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MetricVector v && labels.equals(v.labels) && Arrays.equals(values, v.values);
  }

  @Override
  public int hashCode() {
    return 31 * labels.hashCode() + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "MetricVector" + labels + "=" + Arrays.toString(values);
  }
}
