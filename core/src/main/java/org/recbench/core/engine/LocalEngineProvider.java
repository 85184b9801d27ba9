package org.recbench.core.engine;

import org.recbench.api.ConfigurationException;
import org.recbench.api.SharedWork;
import org.recbench.core.catalog.Catalog;
import org.recbench.core.run.TrialRunner;

/** The default engine: a thread pool in this JVM ({@link LocalEngine}). */
public final class LocalEngineProvider implements EngineProvider {

  /** The engine's name. */
  public static final String NAME = "local";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "a thread pool in this JVM (--threads, default: all cores)";
  }

  @Override
  public Engine create(EngineSettings settings, Catalog catalog, SharedWork shared) {
    if (settings.master() != null) {
      throw new ConfigurationException("--master " + settings.master() + ": the local engine "
          + "runs in this JVM and takes no master; use --engine spark to run on a cluster");
    }
    int threads = settings.threads() == null ? Runtime.getRuntime().availableProcessors()
        : settings.threads();
    return new LocalEngine(new TrialRunner(catalog, shared), threads);
  }
}
