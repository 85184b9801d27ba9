package org.recbench.sarsop;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.recbench.api.ConfigurationException;

/** Path-valued string parameters. */
final class PathParameter {

  private PathParameter() {}

  /** The path in parameter {@code name}; a {@link ConfigurationException} when it is not one. */
  static Path parameter(String name, String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new ConfigurationException("parameter '" + name + "' = '" + value
          + "' is not a valid path: " + e.getReason(), e);
    }
  }
}
