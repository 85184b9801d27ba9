package org.recbench.core.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one scenario file while it is read, so all of them are reported. */
final class Problems {

  private final Path file;
  private final List<Problem> found = new ArrayList<>();

  Problems(Path file) {
    this.file = file;
  }

  /** Records a problem at {@code jsonPath}. */
  void add(String jsonPath, String message) {
    found.add(new Problem(file, jsonPath, message));
  }

  /** Number of problems recorded so far. */
  int count() {
    return found.size();
  }

  /** Throws when any problem was recorded. */
  void throwIfAny() throws ScenarioException {
    if (!found.isEmpty()) {
      throw new ScenarioException(found);
    }
  }
}
