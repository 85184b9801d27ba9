package org.recbench.core.engine;

import java.util.List;
import java.util.ServiceLoader;
import org.recbench.api.ConfigurationException;

/** The engines on the classpath, found with {@link ServiceLoader}. */
public final class Engines {

  /** The default engine's name. */
  public static final String DEFAULT = LocalEngineProvider.NAME;

  private Engines() {}

  /** Every engine provider on the classpath, by name. */
  public static List<EngineProvider> all() {
    return ServiceLoader.load(EngineProvider.class).stream().map(ServiceLoader.Provider::get)
        .sorted(java.util.Comparator.comparing(EngineProvider::name)).toList();
  }

  /**
   * The provider called {@code name}.
   *
   * @throws ConfigurationException naming the engines there are when none is called so
   */
  public static EngineProvider named(String name) {
    List<EngineProvider> providers = all();
    return providers.stream().filter(p -> p.name().equals(name)).findFirst()
        .orElseThrow(() -> new ConfigurationException("--engine " + name + ": no such engine; "
            + "available: " + String.join(", ", providers.stream().map(EngineProvider::name)
                .toList()) + (name.equals("spark") ? " (the Spark engine needs the "
                + "engines/spark jar on the classpath)" : "")));
  }
}
