package org.recbench.sarsop.policy;

import java.util.Arrays;
import java.util.List;
import org.recbench.protocol.pomdp.FinitePomdp;

/**
 * The belief of a {@link FinitePomdp} under its Bayes filter:
 * b'(s') ∝ O(z | a, s') Σ_s T(s' | s, a) b(s). The transition rows are kept sparse (the non-zero
 * entries of each T(· | s, a), in state order: two per row for the churn encoding, so an update
 * costs O(states) rather than O(states²) and the tracker holds O(nnz) numbers instead of
 * A × S² — 100 MB for 2048 user types); the sum for each s' still adds its terms in increasing s,
 * so the result is the dense formula's to the bit. The update works in place on two preallocated
 * buffers, so a step allocates nothing.
 */
public final class BeliefTracker {

  private final int states;
  private final int observations;
  private final List<String> actionNames;
  private final List<String> observationNames;
  /** Entries of row (a, s) are {@code rowStart[a * states + s]} to the next row's start. */
  private final int[] rowStart;
  private final int[] nextState;
  private final double[] probability;
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
    this.rowStart = new int[actions * states + 1];
    int nonZero = 0;
    for (int a = 0; a < actions; a++) {
      for (int s = 0; s < states; s++) {
        for (int next = 0; next < states; next++) {
          if (model.transition(a, s, next) != 0) {
            nonZero++;
          }
        }
        rowStart[a * states + s + 1] = nonZero;
      }
    }
    this.nextState = new int[nonZero];
    this.probability = new double[nonZero];
    this.observation = new double[actions * states * observations];
    int k = 0;
    for (int a = 0; a < actions; a++) {
      for (int s = 0; s < states; s++) {
        for (int next = 0; next < states; next++) {
          double p = model.transition(a, s, next);
          if (p != 0) {
            nextState[k] = next;
            probability[k++] = p;
          }
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
    Arrays.fill(scratch, 0);
    for (int s = 0; s < states; s++) {
      double weight = belief[s];
      if (weight == 0) {
        continue;
      }
      int row = action * states + s;
      for (int k = rowStart[row]; k < rowStart[row + 1]; k++) {
        scratch[nextState[k]] += weight * probability[k];
      }
    }
    double total = 0;
    for (int next = 0; next < states; next++) {
      double p = scratch[next] * observation[(action * states + next) * observations + obs];
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
