package org.recbench.api;

import java.util.Optional;

/**
 * One trial's world. An instance is used by a single thread for a single trial, which runs as a
 * sequence of episodes ({@link #reset()}) of steps ({@link #step}). Randomness comes only from
 * the generator handed to its factory, so a trial is reproducible from its seed.
 *
 * @param <O> observation type
 * @param <A> action type
 * @param <F> feedback type
 */
public interface Environment<O, A, F> {

  /** Starts a new episode and returns its first observation. */
  O reset();

  /** Applies {@code action} and returns the feedback, reward and next observation. */
  Outcome<O, F> step(A action);

  /**
   * Typed extras the environment exposes (a known model, an oracle). Only capabilities declared
   * in the environment's {@link Descriptor#provides()} may be returned.
   */
  default <T> Optional<T> capability(Capability<T> key) {
    return Optional.empty();
  }
}
