package org.recbench.api;

import java.util.List;
import org.recbench.api.figure.FigureSource;

/**
 * What a plugin contributes, found with {@link java.util.ServiceLoader}: list the implementing
 * class in {@code META-INF/services/org.recbench.api.Plugin}. Override only what the plugin
 * contributes. Component ids must be unique across all plugins on the classpath.
 */
public interface Plugin {

  /** Short plugin name shown by {@code recbench list}. */
  String name();

  /**
   * The plugin's version, recorded in every run's {@code run.json}; by default the
   * {@code Implementation-Version} of the jar's manifest, else the version in the
   * {@code META-INF/maven/.../pom.properties} Maven writes into the jar, else "" (unknown).
   */
  default String version() {
    return PluginVersion.of(getClass());
  }

  /** Environment types. */
  default List<ComponentType<Environment<?, ?, ?>>> environments() {
    return List.of();
  }

  /** Policy types. */
  default List<ComponentType<Policy<?, ?, ?>>> policies() {
    return List.of();
  }

  /** Metric types. */
  default List<ComponentType<Metric<?, ?, ?>>> metrics() {
    return List.of();
  }

  /** Figures the plugin draws from finished runs (see {@link FigureSource}). */
  default List<FigureSource> figures() {
    return List.of();
  }
}
