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
 * @param primary for metrics, whether it ranks a leaderboard when a scenario selects several
 *     metrics and names none with {@code rank-by}
 * @param summary for metrics, how reports summarize the values over seeds
 * @param minValue for metrics, the smallest value the metric can take (0 for times, counts and
 *     regret), or null; confidence intervals never reach beyond it
 * @param maxValue for metrics, the largest value the metric can take, or null
 * @param wallClock for metrics, whether the value measures wall time, so it differs between
 *     runs of the same trial ({@code recbench compare} leaves such metrics out unless asked)
 */
public record Descriptor(Kind kind, String id, String description, Protocol<?, ?, ?> protocol,
    List<Capability<?>> requires, List<Capability<?>> provides, List<ParamSpec> parameters,
    Direction direction, String unit, boolean vector, boolean primary, Summary summary,
    Double minValue, Double maxValue, boolean wallClock) {

  /** Validates and copies the components. */
  public Descriptor {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(summary, "summary");
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
    if (primary && (kind != Kind.METRIC || vector || direction == Direction.NEUTRAL)) {
      throw new IllegalArgumentException(id + ": only a scalar metric with a direction can be "
          + "primary");
    }
    if (minValue != null && maxValue != null && !(minValue < maxValue)) {
      throw new IllegalArgumentException(id + ": value range needs min < max, was [" + minValue
          + ", " + maxValue + "]");
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
    private boolean primary;
    private Summary summary = Summary.MEAN;
    private Double minValue;
    private Double maxValue;
    private boolean wallClock;

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

    /**
     * Marks the metric a plugin considers its main result: it ranks a leaderboard when a
     * scenario selects several metrics without {@code rank-by} (two primary metrics in one
     * scenario still need {@code rank-by}).
     */
    public Builder primary() {
      this.primary = true;
      return this;
    }

    /** Sets how reports summarize the metric over seeds (default {@link Summary#MEAN}). */
    public Builder summary(Summary value) {
      this.summary = value;
      return this;
    }

    /** Declares the range of values the metric can take (either end may be null). */
    public Builder values(Double min, Double max) {
      this.minValue = min;
      this.maxValue = max;
      return this;
    }

    /** Declares that the metric is never negative (times, counts, regret). */
    public Builder nonNegative() {
      return values(0.0, maxValue);
    }

    /** Marks a metric that measures wall time (it varies between runs of the same trial). */
    public Builder wallClock() {
      this.wallClock = true;
      return this;
    }

    /** Builds the descriptor. */
    public Descriptor build() {
      return new Descriptor(kind, id, description, protocol, requires, provides, parameters,
          direction, unit, vector, primary, summary, minValue, maxValue, wallClock);
    }
  }
}
