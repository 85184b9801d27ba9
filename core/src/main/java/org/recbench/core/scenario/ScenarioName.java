package org.recbench.core.scenario;

import java.util.regex.Pattern;

/**
 * The form of a scenario name, {@code [a-z0-9][a-z0-9._-]*} of at most {@value #MAX_LENGTH}
 * characters: the name becomes the run directory {@code results/<name>/} (file systems allow
 * 255 bytes per name) and seeds the random streams. The scenario reader, the result store and
 * the JSON Schema all use this one pattern.
 */
public final class ScenarioName {

  /** The longest name. */
  public static final int MAX_LENGTH = 100;

  /**
   * Lower-case letters, digits, '.', '_' and '-', starting with a letter or digit, at most
   * {@value #MAX_LENGTH} characters.
   */
  public static final Pattern PATTERN =
      Pattern.compile("[a-z0-9][a-z0-9._-]{0," + (MAX_LENGTH - 1) + "}");

  private ScenarioName() {}

  /** Whether {@code name} is a valid scenario name (the whole string matches {@link #PATTERN}). */
  public static boolean isValid(String name) {
    return PATTERN.matcher(name).matches();
  }
}
