package org.recbench.protocol.bandit;

/**
 * Observation of the {@link BanditProtocol}: a stateless bandit shows only its number of arms.
 *
 * @param arms number of arms K
 */
public record BanditObservation(int arms) {

  /** Validates the arm count. */
  public BanditObservation {
    if (arms < 1) {
      throw new IllegalArgumentException("a bandit needs at least one arm, got " + arms);
    }
  }
}
