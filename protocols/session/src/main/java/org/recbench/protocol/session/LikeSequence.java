package org.recbench.protocol.session;

/**
 * What a session policy recommends while the user keeps liking: since a dislike ends the session,
 * a policy whose k-th recommendation in a session depends only on the likes before it (a plan,
 * a rule acting on the belief it tracks from the known prior) plays one fixed sequence of
 * categories, the same in every session, and its exact value follows from the model (paper 002,
 * Lemma 2.3). Policies that learn across sessions or randomise do not provide it.
 */
@FunctionalInterface
public interface LikeSequence {

  /** A cursor at the start of a session, independent of the policy's own state. */
  Cursor start();

  /** Walks the sequence one recommendation at a time. */
  interface Cursor {

    /**
     * The next recommendation: the first call gives the session's first, the (k+1)-th call the
     * recommendation after k likes.
     */
    int next();

    /**
     * Whether every later call of {@link #next()} returns the category it returned last, so an
     * evaluator can close the sum (a plan's tail, a fixed category).
     */
    default boolean repeatsLast() {
      return false;
    }
  }
}
