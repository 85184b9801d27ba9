package org.recbench.api;

import java.util.Objects;

/**
 * The interaction loop an environment speaks: what a policy observes, which actions it takes and
 * what feedback it gets back. A policy fits an environment only when both speak the same protocol
 * (compared by {@link #name()}).
 *
 * @param name unique protocol name, e.g. {@code bandit}, {@code session}
 * @param observation type of observations handed to {@link Policy#act}
 * @param action type of actions returned by {@link Policy#act}
 * @param feedback type of the feedback carried by {@link Outcome#feedback()}
 * @param <O> observation type
 * @param <A> action type
 * @param <F> feedback type
 */
public record Protocol<O, A, F>(String name, Class<O> observation, Class<A> action, Class<F> feedback) {

  /** Wildcard protocol for metrics that only read rewards, steps and episodes. */
  public static final Protocol<Object, Object, Object> ANY =
      new Protocol<>("*", Object.class, Object.class, Object.class);

  /** Validates the components. */
  public Protocol {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(observation, "observation");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(feedback, "feedback");
  }

  /** Whether a component speaking this protocol can be paired with one speaking {@code other}. */
  public boolean accepts(Protocol<?, ?, ?> other) {
    return this == ANY || other == ANY || name.equals(other.name);
  }
}
