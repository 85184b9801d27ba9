package org.recbench.sarsop.policy;

import org.recbench.api.ConfigurationException;
import org.recbench.protocol.pomdp.FinitePomdp;
import org.recbench.protocol.session.Reaction;

/**
 * How the session protocol's feedback maps to a POMDP's observations: {@link Reaction#LIKE} is
 * the observation named {@code like} and {@link Reaction#DISLIKE} the one named {@code dislike}
 * (the names the churn environments give them; their order in the model does not matter).
 *
 * @param like index of the {@code like} observation
 * @param dislike index of the {@code dislike} observation
 */
public record ReactionObservations(int like, int dislike) {

  /** Name of the observation that {@link Reaction#LIKE} maps to. */
  public static final String LIKE = "like";
  /** Name of the observation that {@link Reaction#DISLIKE} maps to. */
  public static final String DISLIKE = "dislike";

  /**
   * Finds the two observations by name.
   *
   * @throws ConfigurationException when the model lacks one of them
   */
  public static ReactionObservations of(FinitePomdp model) {
    int like = model.observations().indexOf(LIKE);
    int dislike = model.observations().indexOf(DISLIKE);
    if (like < 0 || dislike < 0) {
      throw new ConfigurationException("the environment's finite-pomdp model has observations "
          + model.observations() + ", expected '" + LIKE + "' and '" + DISLIKE
          + "' for the session protocol's LIKE and DISLIKE");
    }
    return new ReactionObservations(like, dislike);
  }

  /** Observation index of {@code reaction}. */
  public int index(Reaction reaction) {
    return reaction == Reaction.LIKE ? like : dislike;
  }
}
