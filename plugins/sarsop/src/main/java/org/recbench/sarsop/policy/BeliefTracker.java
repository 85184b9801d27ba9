package org.recbench.sarsop.policy;

import java.util.List;
import org.recbench.protocol.pomdp.FinitePomdp;

/**
 * The belief of a {@link FinitePomdp} under its Bayes filter:
 * b'(s') ∝ O(z | a, s') Σ_s T(s' | s, a) b(s). The tables are copied into flat arrays and the
 * update works in place on two preallocated buffers, so a step allocates nothing.
 */
public final class BeliefTracker {

  private final int states;
  private final int observations;
  private final List<String> actionNames;
  private final List<String> observationNames;
  private final double[] transition;
  private final double[] observation;
  private final double[] initial;
  private double[] belief;
  private double[] scratch;

  /** Tracks beliefs of {@code model}, starting at b0. */
  public BeliefTracker(FinitePomdp model) {
    this.states = model.states().size();
    this.observations = model.observations().size();
    this.actionNames = model.actions();
    this.observationNames = model.observations();
    int actions = model.actions().size();
    this.transition = new double[actions * states * states];
    this.observation = new double[actions * states * observations];
    for (int a = 0; a < actions; a++) {
      for (int s = 0; s < states; s++) {
        for (int next = 0; next < states; next++) {
          transition[(a * states + s) * states + next] = model.transition(a, s, next);
        }
        for (int z = 0; z < observations; z++) {
          observation[(a * states + s) * observations + z] = model.observation(a, s, z);
        }
      }
    }
    this.initial = model.initialBelief();
    this.belief = initial.clone();
    this.scratch = new double[states];
  }

  /** Back to b0. */
  public void reset() {
    System.arraycopy(initial, 0, belief, 0, states);
  }

  /** The current belief; a live view, valid until the next update. */
  public double[] belief() {
    return belief;
  }

  /**
   * Conditions the belief on taking {@code action} and observing {@code obs}.
   *
   * @return P(obs | b, action), the normaliser
   * @throws IllegalStateException when the observation has probability 0 under the belief (the
   *     environment does not follow the model); the belief is left unchanged
   */
  public double update(int action, int obs) {
    double total = 0;
    for (int next = 0; next < states; next++) {
      double predicted = 0;
      for (int s = 0; s < states; s++) {
        predicted += belief[s] * transition[(action * states + s) * states + next];
      }
      double p = predicted * observation[(action * states + next) * observations + obs];
      scratch[next] = p;
      total += p;
    }
    if (!(total > 0)) {
      throw new IllegalStateException("observation '" + observationNames.get(obs)
          + "' after action '" + actionNames.get(action) + "' has probability 0 under the"
          + " belief: the environment does not follow its finite-pomdp model");
    }
    for (int next = 0; next < states; next++) {
      scratch[next] /= total;
    }
    double[] swap = belief;
    belief = scratch;
    scratch = swap;
    return total;
  }
}
