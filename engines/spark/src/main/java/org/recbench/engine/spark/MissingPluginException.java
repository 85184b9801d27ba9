package org.recbench.engine.spark;

import java.util.List;

/**
 * An executor lacks the plugin of a component the run uses: its jar did not reach the
 * executor's classpath. Fails the Spark task; the driver reports it as bad configuration.
 */
final class MissingPluginException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The exception naming the {@code missing} components ("policy test.flaky"). */
  MissingPluginException(List<String> missing) {
    super("an executor's classpath has no plugin for " + String.join(", ", missing)
        + "; ship the plugin's jar with RECBENCH_CLASSPATH (runs from ./recbench) or "
        + "spark-submit --jars");
  }
}
