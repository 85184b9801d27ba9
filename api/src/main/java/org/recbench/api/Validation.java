package org.recbench.api;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks constraints between the parameters of one configuration that declared ranges cannot
 * express — a rank at most min(d1, d2), a capacity at most the number of items, a prior as long
 * as the like matrix has rows. The harness runs it for every configuration while validating a
 * scenario, so a violation is bad input (exit code 2) reported with the JSON path of the
 * parameter, never a failed trial. It must be cheap and must not read data files (a missing
 * file is a {@link SkipCheck} reason; a malformed one fails the trial with a message naming the
 * file and line).
 */
@FunctionalInterface
public interface Validation {

  /** Accepts every configuration. */
  Validation NONE = params -> List.of();

  /** The problems of {@code params} taken together; empty when they are consistent. */
  List<ParamProblem> check(Params params);

  /** This validation followed by {@code other}: the problems of both. */
  default Validation and(Validation other) {
    return params -> {
      List<ParamProblem> problems = new ArrayList<>(check(params));
      problems.addAll(other.check(params));
      return problems;
    };
  }

  /**
   * Throws when {@code params} has problems, for factories that also run unvalidated (a test,
   * an embedding program): one check serves validation and creation.
   *
   * @param component the component's id, for the message
   * @throws ConfigurationException listing the problems
   */
  default void require(String component, Params params) {
    List<ParamProblem> problems = check(params);
    if (!problems.isEmpty()) {
      throw new ConfigurationException(component + ": " + String.join("; ", problems.stream()
          .map(p -> p.parameter() == null ? p.message()
              : "parameter '" + p.parameter() + "' " + p.message()).toList()));
    }
  }
}
