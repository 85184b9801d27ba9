package org.recbench.protocol.session;

import org.recbench.api.Capability;
import org.recbench.api.Protocol;

/**
 * The session loop of recommendations with churn (paper 002): each step the policy recommends a
 * category; the user likes it (reward 1, the session continues) or dislikes it (reward 0, the
 * session ends). An episode is one session.
 */
public final class SessionProtocol {

  /** The {@code session} protocol. */
  public static final Protocol<SessionObservation, Recommendation, Reaction> PROTOCOL =
      new Protocol<>("session", SessionObservation.class, Recommendation.class, Reaction.class);

  /** The environment's known model (prior over user types and like matrix), for planners. */
  public static final Capability<ChurnModel> CHURN_MODEL = new Capability<>(
      "churn-model", ChurnModel.class, "prior q over user types and like matrix P[u][a]");

  /**
   * The sequence a policy plays in every session while the user keeps liking ({@link
   * LikeSequence}), provided by policies whose play depends only on the likes so far.
   */
  public static final Capability<LikeSequence> LIKE_SEQUENCE = new Capability<>(
      "like-sequence", LikeSequence.class,
      "the categories the policy recommends in every session while the user keeps liking");

  private SessionProtocol() {}
}
