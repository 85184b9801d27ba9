package org.recbench.api;

import java.util.Optional;

/**
 * A decision maker. It sees observations and feedback, plus the environment capabilities it
 * declared in {@link Descriptor#requires()} (handed to its factory), never hidden state.
 * Observations and feedback follow the object-lifetime rules of {@link org.recbench.api}: a
 * policy copies what it keeps. The action it returns must stay unchanged until its next
 * {@code act}, so a policy that builds sets may reuse one buffer.
 *
 * @param <O> observation type
 * @param <A> action type
 * @param <F> feedback type
 */
public interface Policy<O, A, F> {

  /** Called before the first observation of every episode. */
  default void startEpisode() {}

  /** Chooses an action for {@code observation}. */
  A act(O observation);

  /** Receives the feedback for {@code action} taken at {@code observation}. */
  void learn(O observation, A action, F feedback);

  /**
   * Typed extras the policy exposes to metrics, such as {@link PlanningStats}. Only capabilities
   * declared in the policy's {@link Descriptor#provides()} may be returned.
   */
  default <T> Optional<T> capability(Capability<T> key) {
    return Optional.empty();
  }
}
