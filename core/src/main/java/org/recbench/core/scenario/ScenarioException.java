package org.recbench.core.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario cannot be loaded or planned. Carries every problem found, so a user fixes a file in
 * one round; {@link #getMessage()} lists them one per line (the first {@value #SHOWN_PROBLEMS}).
 */
public final class ScenarioException extends Exception {

  private static final long serialVersionUID = 1L;

  private final List<Problem> problems;

  /** The most problems the message lists; {@link #problems()} has them all. */
  static final int SHOWN_PROBLEMS = 100;

  /** Creates the exception from at least one problem. */
  public ScenarioException(List<Problem> problems) {
    super(problems.stream().limit(SHOWN_PROBLEMS).map(Problem::toString)
        .collect(Collectors.joining("\n")) + (problems.size() > SHOWN_PROBLEMS
            ? "\n... and " + (problems.size() - SHOWN_PROBLEMS) + " more problems" : ""));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a scenario exception needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** Creates the exception from a single problem. */
  public ScenarioException(Path file, String jsonPath, String message) {
    this(List.of(new Problem(file, jsonPath, message)));
  }

  /** The problems, in the order they were found. */
  public List<Problem> problems() {
    return problems;
  }
}
