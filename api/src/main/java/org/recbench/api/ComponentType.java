package org.recbench.api;

import java.util.Objects;

/**
 * A component a plugin contributes: its {@link Descriptor} plus the {@link Factory} that builds
 * instances, and optionally the checks and analyses the harness runs before any trial. Use the
 * static constructors and the {@code with...} methods; the harness never subclasses this.
 *
 * @param descriptor what the component is
 * @param factory how to create it
 * @param skipCheck why a configuration cannot run here ({@link SkipCheck#NEVER} by default)
 * @param validation constraints between parameters ({@link Validation#NONE} by default)
 * @param analysis results of a configuration that need no trial ({@link Analysis#NONE} by
 *     default; environments and policies only)
 * @param <C> component type (environment, policy or metric)
 */
public record ComponentType<C>(Descriptor descriptor, Factory<? extends C> factory,
    SkipCheck skipCheck, Validation validation, Analysis analysis) {

  /** Validates the components. */
  public ComponentType {
    Objects.requireNonNull(descriptor, "descriptor");
    Objects.requireNonNull(factory, "factory");
    Objects.requireNonNull(skipCheck, "skipCheck");
    Objects.requireNonNull(validation, "validation");
    Objects.requireNonNull(analysis, "analysis");
    if (analysis != Analysis.NONE && descriptor.kind() == Kind.METRIC) {
      throw new IllegalArgumentException("metric " + descriptor.id() + " cannot have an analysis");
    }
  }

  /** This component type with a skip check (e.g. "pomdpsol not found on PATH"). */
  public ComponentType<C> withSkipCheck(SkipCheck check) {
    return new ComponentType<>(descriptor, factory, check, validation, analysis);
  }

  /** This component type with a check of constraints between its parameters. */
  public ComponentType<C> withValidation(Validation check) {
    return new ComponentType<>(descriptor, factory, skipCheck, check, analysis);
  }

  /** This component type with an analysis run once per configuration. */
  public ComponentType<C> withAnalysis(Analysis once) {
    return new ComponentType<>(descriptor, factory, skipCheck, validation, once);
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
    return new ComponentType<>(descriptor, factory, SkipCheck.NEVER, Validation.NONE,
        Analysis.NONE);
  }
}
