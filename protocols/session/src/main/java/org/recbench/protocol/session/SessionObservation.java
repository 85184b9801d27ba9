package org.recbench.protocol.session;

/**
 * Observation of the {@link SessionProtocol}. The user's type is hidden; a policy knows only how
 * many categories exist and how many recommendations were liked so far in this session (its own
 * history tells it which).
 *
 * @param categories number of categories A
 * @param likes number of likes so far in the session
 */
public record SessionObservation(int categories, int likes) {

  /** Validates the components. */
  public SessionObservation {
    if (categories < 1 || likes < 0) {
      throw new IllegalArgumentException("invalid session observation: categories=" + categories
          + ", likes=" + likes);
    }
  }
}
