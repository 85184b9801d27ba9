package org.recbench.api.figure;

import java.util.Objects;

/**
 * An axis of a {@link Figure}.
 *
 * @param label what the axis measures, e.g. "step" or "users preferring the product"
 * @param unit unit of the values ("ms", "likes/session"), or "" when dimensionless
 * @param scale linear or logarithmic
 */
public record Axis(String label, String unit, Scale scale) {

  /** Validates the components. */
  public Axis {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(scale, "scale");
  }

  /** A linear axis. */
  public static Axis linear(String label, String unit) {
    return new Axis(label, unit, Scale.LINEAR);
  }

  /** A logarithmic axis. */
  public static Axis log(String label, String unit) {
    return new Axis(label, unit, Scale.LOG);
  }
}
