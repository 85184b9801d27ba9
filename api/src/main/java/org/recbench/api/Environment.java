package org.recbench.api;

import java.util.Optional;

/**
 * One trial's world. An instance is used by a single thread for a single trial, which runs as a
 * sequence of episodes ({@link #reset()}) of steps ({@link #step}). Randomness comes only from
 * the generator handed to its factory, so a trial is reproducible from its seed.
 *
 * <p>An environment may reuse its objects across steps — one {@link Outcome}, one feedback
 * holder, two alternating observation buffers — within the object-lifetime rules of
 * {@link org.recbench.api}, so that a step allocates nothing. It must not keep the action it is
 * given beyond {@code step}.
 *
 * @param <O> observation type
 * @param <A> action type
 * @param <F> feedback type
 */
public interface Environment<O, A, F> {

  /** Starts a new episode and returns its first observation. */
  O reset();

  /**
   * Applies {@code action} and returns the feedback, reward and next observation. An environment
   * that declares {@link StandardCapabilities#EXPECTED_REWARDS} also records, before its state
   * moves, the expected reward of {@code action} and of the best action
   * ({@link Outcome#expected}).
   *
   * @throws IllegalArgumentException when {@code action} is not valid in this state (an index
   *     out of range, a set of the wrong size), with a message saying what was expected; the
   *     harness fails the trial with it
   */
  Outcome<O, F> step(A action);

  /**
   * Typed extras the environment exposes (a known model, an oracle). Only capabilities declared
   * in the environment's {@link Descriptor#provides()} may be returned; markers have no value.
   */
  default <T> Optional<T> capability(Capability<T> key) {
    return Optional.empty();
  }
}
