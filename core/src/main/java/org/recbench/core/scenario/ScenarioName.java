package org.recbench.core.scenario;

import java.util.regex.Pattern;

/**
 * The form of a scenario name, {@code [a-z0-9][a-z0-9._-]*}: the name becomes the run directory
 * {@code results/<name>/} and seeds the random streams. The scenario reader, the result store and
 * the JSON Schema all use this one pattern.
 */
public final class ScenarioName {

  /** Lower-case letters, digits, '.', '_' and '-', starting with a letter or digit. */
  public static final Pattern PATTERN = Pattern.compile("[a-z0-9][a-z0-9._-]*");

  private ScenarioName() {}

  /** Whether {@code name} is a valid scenario name (the whole string matches {@link #PATTERN}). */
  public static boolean isValid(String name) {
    return PATTERN.matcher(name).matches();
  }
}
