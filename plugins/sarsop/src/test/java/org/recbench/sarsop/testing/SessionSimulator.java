package org.recbench.sarsop.testing;

import java.util.random.RandomGenerator;
import org.recbench.api.Policy;
import org.recbench.protocol.pomdp.FinitePomdp;
import org.recbench.protocol.session.Reaction;
import org.recbench.protocol.session.Recommendation;
import org.recbench.protocol.session.SessionObservation;

/**
 * Plays a session-protocol policy against a finite POMDP: the hidden state is drawn from b0 and
 * evolves by T, the reaction is the drawn observation ({@code like} → LIKE, anything else →
 * DISLIKE, which ends the session), and the step's reward is the expected immediate reward
 * R(a, s). Discounting is replaced by random termination: after every step that did not end the
 * session, the session stops with probability 1 − γ, so step t is reached with probability γ^t
 * and the mean undiscounted session reward estimates the γ-discounted value.
 */
public final class SessionSimulator {

  private SessionSimulator() {}

  /** Reward of each of {@code sessions} sessions. */
  public static double[] sessionRewards(FinitePomdp model,
      Policy<SessionObservation, Recommendation, Reaction> policy, int sessions,
      RandomGenerator rng) {
    int like = model.observations().indexOf("like");
    int categories = model.actions().size();
    double[] rewards = new double[sessions];
    for (int i = 0; i < sessions; i++) {
      policy.startEpisode();
      int state = draw(model.initialBelief(), rng);
      int likes = 0;
      double total = 0;
      while (true) {
        SessionObservation observation = new SessionObservation(categories, likes);
        Recommendation action = policy.act(observation);
        int a = action.category();
        total += model.reward(a, state);
        int next = drawTransition(model, a, state, rng);
        int z = drawObservation(model, a, next, rng);
        Reaction reaction = z == like ? Reaction.LIKE : Reaction.DISLIKE;
        policy.learn(observation, action, reaction);
        if (reaction == Reaction.DISLIKE || rng.nextDouble() >= model.discount()) {
          break;
        }
        likes++;
        state = next;
      }
      rewards[i] = total;
    }
    return rewards;
  }

  private static int draw(double[] p, RandomGenerator rng) {
    double u = rng.nextDouble();
    double c = 0;
    for (int i = 0; i < p.length; i++) {
      c += p[i];
      if (u < c) {
        return i;
      }
    }
    return p.length - 1;
  }

  private static int drawTransition(FinitePomdp model, int a, int s, RandomGenerator rng) {
    double[] row = new double[model.states().size()];
    for (int next = 0; next < row.length; next++) {
      row[next] = model.transition(a, s, next);
    }
    return draw(row, rng);
  }

  private static int drawObservation(FinitePomdp model, int a, int next, RandomGenerator rng) {
    double[] row = new double[model.observations().size()];
    for (int z = 0; z < row.length; z++) {
      row[z] = model.observation(a, next, z);
    }
    return draw(row, rng);
  }
}
