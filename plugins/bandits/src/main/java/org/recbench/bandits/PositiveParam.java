package org.recbench.bandits;

import java.util.List;
import org.recbench.api.ParamProblem;
import org.recbench.api.Validation;

/**
 * A parameter that must be strictly positive. {@link org.recbench.api.ParamSpec} ranges are
 * inclusive, so a declared range of [0, ∞) still admits 0; this validation rejects it when the
 * scenario is validated.
 */
final class PositiveParam {

  private PositiveParam() {}

  /** The validation that parameter {@code name} is above 0. */
  static Validation above0(String name) {
    return params -> params.getDouble(name) > 0 ? List.of()
        : List.of(ParamProblem.at(name, "is " + params.getDouble(name) + "; expected a value > 0"));
  }
}
