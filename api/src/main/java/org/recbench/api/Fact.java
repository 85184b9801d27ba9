package org.recbench.api;

import java.util.Objects;

/**
 * A named number about one configuration, such as the optimal value V* or the planning time of a
 * plan computed once per run.
 *
 * @param name short name shown in reports, e.g. "optimal value"
 * @param value the number
 * @param unit its unit ("likes/session", "ms"), or "" when dimensionless
 */
public record Fact(String name, double value, String unit) {

  /** Validates the components. */
  public Fact {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
  }
}
