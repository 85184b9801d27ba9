package org.recbench.core.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.recbench.api.ComponentType;
import org.recbench.api.Environment;
import org.recbench.api.Kind;
import org.recbench.api.Metric;
import org.recbench.api.Plugin;
import org.recbench.api.Policy;

/**
 * Every component contributed by the plugins on the classpath, indexed by id. Ids are unique
 * across kinds and plugins; a duplicate is a {@link CatalogException} naming both plugins.
 */
public final class Catalog {

  private final List<Plugin> plugins;
  private final Map<String, ComponentType<?>> byId;
  private final Map<String, String> pluginById;

  private Catalog(List<Plugin> plugins) {
    this.plugins = List.copyOf(plugins);
    Map<String, ComponentType<?>> components = new LinkedHashMap<>();
    Map<String, String> owners = new LinkedHashMap<>();
    for (Plugin plugin : plugins) {
      List<ComponentType<?>> contributed = new ArrayList<>();
      contributed.addAll(plugin.environments());
      contributed.addAll(plugin.policies());
      contributed.addAll(plugin.metrics());
      for (ComponentType<?> type : contributed) {
        String previous = owners.putIfAbsent(type.id(), plugin.name());
        if (previous != null) {
          throw new CatalogException("component id '" + type.id() + "' is contributed twice: by plugin '"
              + previous + "' and by plugin '" + plugin.name() + "'");
        }
        components.put(type.id(), type);
      }
    }
    this.byId = Collections.unmodifiableMap(components);
    this.pluginById = Collections.unmodifiableMap(owners);
  }

  /** The catalog of every {@link Plugin} registered with {@link ServiceLoader}. */
  public static Catalog load() {
    return load(Thread.currentThread().getContextClassLoader());
  }

  /** The catalog of every {@link Plugin} visible to {@code loader}. */
  public static Catalog load(ClassLoader loader) {
    List<Plugin> found = new ArrayList<>();
    try {
      ServiceLoader.load(Plugin.class, loader).forEach(found::add);
    } catch (java.util.ServiceConfigurationError e) {
      throw new CatalogException("a plugin could not be loaded: " + e.getMessage(), e);
    }
    found.sort(java.util.Comparator.comparing(Plugin::name));
    return new Catalog(found);
  }

  /** A catalog of the given plugins (tests, embedding). */
  public static Catalog of(List<Plugin> plugins) {
    return new Catalog(plugins);
  }

  /** The plugins, sorted by name. */
  public List<Plugin> plugins() {
    return plugins;
  }

  /** All components, in plugin order. */
  public List<ComponentType<?>> all() {
    return List.copyOf(byId.values());
  }

  /** Components of one kind, in plugin order. */
  public List<ComponentType<?>> all(Kind kind) {
    return byId.values().stream().filter(t -> t.descriptor().kind() == kind).toList();
  }

  /** The component with this id, of any kind. */
  public Optional<ComponentType<?>> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The component with this id if it is of the given kind. */
  public Optional<ComponentType<?>> find(Kind kind, String id) {
    return find(id).filter(t -> t.descriptor().kind() == kind);
  }

  /** Name of the plugin contributing {@code id}. */
  public Optional<String> pluginOf(String id) {
    return Optional.ofNullable(pluginById.get(id));
  }

  /** The environment type {@code id}; it must exist. */
  @SuppressWarnings("unchecked")
  public ComponentType<Environment<?, ?, ?>> environment(String id) {
    return (ComponentType<Environment<?, ?, ?>>) require(Kind.ENVIRONMENT, id);
  }

  /** The policy type {@code id}; it must exist. */
  @SuppressWarnings("unchecked")
  public ComponentType<Policy<?, ?, ?>> policy(String id) {
    return (ComponentType<Policy<?, ?, ?>>) require(Kind.POLICY, id);
  }

  /** The metric type {@code id}; it must exist. */
  @SuppressWarnings("unchecked")
  public ComponentType<Metric<?, ?, ?>> metric(String id) {
    return (ComponentType<Metric<?, ?, ?>>) require(Kind.METRIC, id);
  }

  private ComponentType<?> require(Kind kind, String id) {
    return find(kind, id).orElseThrow(() -> new CatalogException(
        "no " + kind.label() + " with id '" + id + "' is on the classpath"));
  }
}
