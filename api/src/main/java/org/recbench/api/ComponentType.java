package org.recbench.api;

import java.util.Objects;

/**
 * A component a plugin contributes: its {@link Descriptor} plus the {@link Factory} that builds
 * instances. Use the static constructors; the harness never subclasses this.
 *
 * @param descriptor what the component is
 * @param factory how to create it
 * @param skipCheck why a configuration cannot run here ({@link SkipCheck#NEVER} by default)
 * @param <C> component type (environment, policy or metric)
 */
public record ComponentType<C>(Descriptor descriptor, Factory<? extends C> factory,
    SkipCheck skipCheck) {

  /** Validates the components. */
  public ComponentType {
    Objects.requireNonNull(descriptor, "descriptor");
    Objects.requireNonNull(factory, "factory");
    Objects.requireNonNull(skipCheck, "skipCheck");
  }

  /** This component type with a skip check (e.g. "pomdpsol not found on PATH"). */
  public ComponentType<C> withSkipCheck(SkipCheck check) {
    return new ComponentType<>(descriptor, factory, check);
  }

  /** An environment type; {@code descriptor.kind()} must be {@link Kind#ENVIRONMENT}. */
  public static ComponentType<Environment<?, ?, ?>> environment(Descriptor descriptor,
      Factory<? extends Environment<?, ?, ?>> factory) {
    return checked(Kind.ENVIRONMENT, descriptor, factory);
  }

  /** A policy type; {@code descriptor.kind()} must be {@link Kind#POLICY}. */
  public static ComponentType<Policy<?, ?, ?>> policy(Descriptor descriptor,
      Factory<? extends Policy<?, ?, ?>> factory) {
    return checked(Kind.POLICY, descriptor, factory);
  }

  /** A metric type; {@code descriptor.kind()} must be {@link Kind#METRIC}. */
  public static ComponentType<Metric<?, ?, ?>> metric(Descriptor descriptor,
      Factory<? extends Metric<?, ?, ?>> factory) {
    return checked(Kind.METRIC, descriptor, factory);
  }

  /** Shorthand for {@code descriptor().id()}. */
  public String id() {
    return descriptor.id();
  }

  private static <C> ComponentType<C> checked(Kind kind, Descriptor descriptor,
      Factory<? extends C> factory) {
    if (descriptor.kind() != kind) {
      throw new IllegalArgumentException(descriptor.id() + " is a " + descriptor.kind().label()
          + ", not a " + kind.label());
    }
    return new ComponentType<>(descriptor, factory, SkipCheck.NEVER);
  }
}
