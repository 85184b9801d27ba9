package org.recbench.core.stats;

import java.util.Objects;
import org.recbench.api.Descriptor;
import org.recbench.api.Direction;
import org.recbench.api.Summary;

/**
 * What the statistics need to know about a metric type: which way is better, its unit, how to
 * summarize it over seeds and the range of its values.
 *
 * @param direction which way is better
 * @param unit unit of the values, "" when dimensionless
 * @param summary mean or median
 * @param minValue smallest possible value, or null
 * @param maxValue largest possible value, or null
 * @param wallClock whether the value measures wall time
 */
public record MetricKind(Direction direction, String unit, Summary summary, Double minValue,
    Double maxValue, boolean wallClock) {

  /** Validates the components. */
  public MetricKind {
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(summary, "summary");
  }

  /** The kind a metric's descriptor declares. */
  public static MetricKind of(Descriptor descriptor) {
    return new MetricKind(descriptor.direction(), descriptor.unit(), descriptor.summary(),
        descriptor.minValue(), descriptor.maxValue(), descriptor.wallClock());
  }

  /** A dimensionless, unbounded, mean-summarized metric. */
  public static MetricKind plain(Direction direction) {
    return new MetricKind(direction, "", Summary.MEAN, null, null, false);
  }

  /** This kind with another direction (the ranking metric takes the scenario's). */
  public MetricKind withDirection(Direction value) {
    return new MetricKind(value, unit, summary, minValue, maxValue, wallClock);
  }

  /**
   * {@code interval} cut to the metric's value range. The mean lies in that range, so the cut
   * interval covers it exactly as often as the uncut one.
   */
  public Interval clip(Interval interval) {
    double low = minValue == null ? interval.low() : Math.max(minValue, interval.low());
    double high = maxValue == null ? interval.high() : Math.min(maxValue, interval.high());
    return high < low ? interval : new Interval(low, high);
  }
}
