package org.recbench.api;

import java.util.Objects;

/**
 * Typed key of an optional feature that an environment, a policy or the harness provides and a
 * component may require. Compatibility is decided on {@link #id()}; {@link #type()} gives the
 * value's type.
 *
 * @param id stable identifier used in descriptors, scenario diagnostics and the catalog
 * @param type interface or record the capability's value implements
 * @param description one line for {@code recbench list}
 * @param <T> value type
 */
public record Capability<T>(String id, Class<T> type, String description) {

  /** Validates the components. */
  public Capability {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
  }

  /** Casts {@code value} to this capability's type. */
  public T cast(Object value) {
    return type.cast(value);
  }
}
