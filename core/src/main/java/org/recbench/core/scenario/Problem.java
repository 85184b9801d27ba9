package org.recbench.core.scenario;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing wrong with a scenario file, located by a JSON path such as
 * {@code $.policies[1].grid.epsilon[0]}.
 *
 * @param file the scenario file
 * @param jsonPath where in the file ({@code $} for the whole document)
 * @param message what was found and what was expected, without stack-trace text
 */
public record Problem(Path file, String jsonPath, String message) {

  /** Validates the components. */
  public Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(jsonPath, "jsonPath");
    Objects.requireNonNull(message, "message");
  }

  /** {@code <file>: <jsonPath>: <message>}. */
  @Override
  public String toString() {
    return file + ": " + jsonPath + ": " + message;
  }
}
