package org.recbench.reports;

import java.util.Objects;
import org.recbench.api.Direction;
import org.recbench.api.Summary;

/**
 * What a report says about one metric column besides its numbers.
 *
 * @param name the column name: a metric key, or {@code key[entry]} for a vector entry
 * @param unit unit of the values ("µs", "likes/session"), "" when dimensionless
 * @param direction which way is better on this board (the ranking metric's direction is the
 *     scenario's)
 * @param summary how values over seeds are summarized: mean with its confidence interval, or
 *     median with quartiles and the confidence interval of the median
 * @param wallClock whether the metric measures wall time (varies between runs)
 */
public record MetricInfo(String name, String unit, Direction direction, Summary summary,
    boolean wallClock) {

  /** Validates the components. */
  public MetricInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(summary, "summary");
  }

  /** A dimensionless mean-summarized metric. */
  public static MetricInfo plain(String name, Direction direction) {
    return new MetricInfo(name, "", direction, Summary.MEAN, false);
  }

  /** Whether the column is summarized by its median. */
  public boolean median() {
    return summary == Summary.MEDIAN;
  }

  /** "regret", "decision-time (µs)". */
  public String title() {
    return unit.isEmpty() ? name : name + " (" + unit + ")";
  }

  /** "higher is better", "lower is better" or "descriptive (not ranked)". */
  public String directionText() {
    return switch (direction) {
      case HIGHER_IS_BETTER -> "higher is better";
      case LOWER_IS_BETTER -> "lower is better";
      case NEUTRAL -> "descriptive (not ranked)";
    };
  }

  /** ↑, ↓ or · for the direction. */
  public String arrow() {
    return switch (direction) {
      case HIGHER_IS_BETTER -> "↑";
      case LOWER_IS_BETTER -> "↓";
      case NEUTRAL -> "·";
    };
  }
}
