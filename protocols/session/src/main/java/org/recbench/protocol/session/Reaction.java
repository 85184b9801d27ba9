package org.recbench.protocol.session;

/** Feedback of the {@link SessionProtocol}. */
public enum Reaction {
  /** The user liked the recommendation (reward 1); the session goes on. */
  LIKE,
  /** The user disliked it (reward 0) and left; the session is over. */
  DISLIKE
}
