package org.recbench.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a component is, separate from how it is created: id, protocol, capabilities and parameter
 * schema. The harness decides compatibility and validates scenarios from descriptors alone.
 *
 * @param kind environment, policy or metric
 * @param id globally unique id, {@code <family>.<name>} (e.g. {@code bandit.ucb1})
 * @param description one line for {@code recbench list}
 * @param protocol the protocol spoken ({@link Protocol#ANY} for protocol-agnostic metrics)
 * @param requires capabilities the component needs from the environment (policies, metrics),
 *     the policy (metrics) or the harness
 * @param provides capabilities the component offers (environments, policies)
 * @param parameters declared parameters, in documentation order
 * @param direction for metrics, which way is better; {@link Direction#NEUTRAL} for others
 * @param unit for metrics, the unit of the value ("µs", "likes/session"), "" when dimensionless
 * @param vector for metrics, whether the value is a vector ({@link VectorMetric})
 */
public record Descriptor(Kind kind, String id, String description, Protocol<?, ?, ?> protocol,
    List<Capability<?>> requires, List<Capability<?>> provides, List<ParamSpec> parameters,
    Direction direction, String unit, boolean vector) {

  /** Validates and copies the components. */
  public Descriptor {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(unit, "unit");
    requires = List.copyOf(requires);
    provides = List.copyOf(provides);
    parameters = List.copyOf(parameters);
    if (!id.matches("[a-z0-9]+(?:[.-][a-z0-9]+)*")) {
      throw new IllegalArgumentException("component id '" + id
          + "' must be lower-case words separated by '.' or '-'");
    }
    if (parameters.stream().map(ParamSpec::name).distinct().count() != parameters.size()) {
      throw new IllegalArgumentException("component " + id + " declares a parameter twice");
    }
    if (vector && kind != Kind.METRIC) {
      throw new IllegalArgumentException(id + " is a " + kind.label() + "; only metrics have vector values");
    }
  }

  /** Whether {@code capability} is among those this component requires. */
  public boolean requires(Capability<?> capability) {
    return requires.stream().anyMatch(c -> c.id().equals(capability.id()));
  }

  /** The parameter called {@code name}, if declared. */
  public Optional<ParamSpec> parameter(String name) {
    return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** Starts a descriptor of the given kind. */
  public static Builder builder(Kind kind, String id, Protocol<?, ?, ?> protocol) {
    return new Builder(kind, id, protocol);
  }

  /** Fluent builder for {@link Descriptor}. */
  public static final class Builder {
    private final Kind kind;
    private final String id;
    private final Protocol<?, ?, ?> protocol;
    private String description = "";
    private final List<Capability<?>> requires = new ArrayList<>();
    private final List<Capability<?>> provides = new ArrayList<>();
    private final List<ParamSpec> parameters = new ArrayList<>();
    private Direction direction = Direction.NEUTRAL;
    private String unit = "";
    private boolean vector;

    private Builder(Kind kind, String id, Protocol<?, ?, ?> protocol) {
      this.kind = kind;
      this.id = id;
      this.protocol = protocol;
    }

    /** Sets the one-line description. */
    public Builder description(String text) {
      this.description = text;
      return this;
    }

    /** Adds required capabilities. */
    public Builder requires(Capability<?>... capabilities) {
      requires.addAll(List.of(capabilities));
      return this;
    }

    /** Adds provided capabilities. */
    public Builder provides(Capability<?>... capabilities) {
      provides.addAll(List.of(capabilities));
      return this;
    }

    /** Adds parameters. */
    public Builder param(ParamSpec... specs) {
      parameters.addAll(List.of(specs));
      return this;
    }

    /** Sets which way a metric improves (default {@link Direction#NEUTRAL}). */
    public Builder direction(Direction value) {
      this.direction = value;
      return this;
    }

    /** Sets a metric's unit, e.g. "µs" (default "": dimensionless). */
    public Builder unit(String value) {
      this.unit = value;
      return this;
    }

    /** Marks a metric whose value is a vector with labelled entries ({@link VectorMetric}). */
    public Builder vector() {
      this.vector = true;
      return this;
    }

    /** Builds the descriptor. */
    public Descriptor build() {
      return new Descriptor(kind, id, description, protocol, requires, provides, parameters,
          direction, unit, vector);
    }
  }
}
