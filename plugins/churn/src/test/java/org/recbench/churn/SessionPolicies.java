package org.recbench.churn;

import org.recbench.api.Policy;
import org.recbench.protocol.session.Reaction;
import org.recbench.protocol.session.Recommendation;
import org.recbench.protocol.session.SessionObservation;
import org.recbench.churn.model.ChurnInstance;

/** Exact values of deterministic session policies. */
public final class SessionPolicies {

  private SessionPolicies() {}

  /**
   * The exact value at the prior of a deterministic session policy. Within a session only likes
   * continue, so the policy plays one sequence; it is unrolled, feeding likes back, until the
   * surviving weight can add less than 1e-12 (UB of the remaining weights).
   */
  public static double value(ChurnInstance instance,
      Policy<SessionObservation, Recommendation, Reaction> policy) {
    policy.startEpisode();
    double[] w = instance.priorWeights();
    double value = 0;
    int likes = 0;
    while (instance.upperBound(w) > 1e-12) {
      SessionObservation observation = new SessionObservation(instance.categories(), likes++);
      Recommendation action = policy.act(observation);
      value += instance.likeMass(w, action.category());
      double[] next = new double[w.length];
      instance.advance(w, action.category(), next);
      w = next;
      policy.learn(observation, action, Reaction.LIKE);
    }
    return value;
  }
}
