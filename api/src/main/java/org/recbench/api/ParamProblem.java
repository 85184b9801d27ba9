package org.recbench.api;

import java.util.Objects;

/**
 * A constraint between parameters that a configuration violates, found by a {@link Validation}.
 *
 * @param parameter the parameter the problem is reported at (its JSON path in the scenario), or
 *     null for the configuration as a whole
 * @param message what was found and what was expected, e.g. "rank 6 exceeds min(d1, d2) = 5"
 */
public record ParamProblem(String parameter, String message) {

  /** Validates the message. */
  public ParamProblem {
    Objects.requireNonNull(message, "message");
  }

  /** A problem reported at {@code parameter}. */
  public static ParamProblem at(String parameter, String message) {
    return new ParamProblem(Objects.requireNonNull(parameter, "parameter"), message);
  }
}
