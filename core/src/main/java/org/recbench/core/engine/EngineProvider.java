package org.recbench.core.engine;

import org.recbench.api.SharedWork;
import org.recbench.core.catalog.Catalog;

/**
 * Creates engines; found with {@link java.util.ServiceLoader} (list implementations in
 * {@code META-INF/services/org.recbench.core.engine.EngineProvider}) and selected by name with
 * {@code recbench run --engine NAME}.
 */
public interface EngineProvider {

  /** The name users select the engine by, lower case: "local", "spark". */
  String name();

  /** One line for {@code recbench run --help}. */
  String description();

  /**
   * Creates an engine for one run.
   *
   * @param settings what the user asked for (threads, master)
   * @param catalog the components trials are built from (an engine whose workers live in other
   *     processes builds its own catalog there from the same classpath)
   * @param shared the run's shared work, to reuse in this process (the analyses filled it)
   * @throws org.recbench.api.ConfigurationException when the settings do not suit this engine
   */
  Engine create(EngineSettings settings, Catalog catalog, SharedWork shared);
}
