package org.recbench.core.engine;

/**
 * What a user asked of an engine on the command line; each engine says which it accepts.
 *
 * @param threads worker threads (or cores) to use, or null for the engine's default
 * @param master where to run, e.g. {@code local[2]} or {@code spark://host:7077}, or null for the
 *     engine's default
 */
public record EngineSettings(Integer threads, String master) {

  /** Validates the thread count. */
  public EngineSettings {
    if (threads != null && threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }
  }
}
