package org.recbench.api;

import java.util.Map;
import java.util.Optional;

/** A read-only set of capability values, looked up by key. */
@FunctionalInterface
public interface Capabilities {

  /** No capabilities at all. */
  Capabilities NONE = new Capabilities() {
    @Override
    public <T> Optional<T> get(Capability<T> key) {
      return Optional.empty();
    }
  };

  /** The value of {@code key}, if present. */
  <T> Optional<T> get(Capability<T> key);

  /** The value of {@code key}; throws {@link ConfigurationException} when it is absent. */
  default <T> T require(Capability<T> key) {
    return get(key).orElseThrow(() -> new ConfigurationException(
        "capability '" + key.id() + "' is required but was not provided"));
  }

  /** Capabilities backed by a map from capability id to value. */
  static Capabilities of(Map<String, ?> valuesById) {
    Map<String, ?> copy = Map.copyOf(valuesById);
    return new Capabilities() {
      @Override
      public <T> Optional<T> get(Capability<T> key) {
        return Optional.ofNullable(copy.get(key.id())).map(key::cast);
      }
    };
  }
}
