package org.recbench.sarsop.testing;

import java.util.ArrayList;
import java.util.List;
import org.recbench.protocol.pomdp.FinitePomdp;

/**
 * Exact value Σ_t γ^t E[R(a_t, s_t)] of a policy in a finite POMDP (γ = the model's discount),
 * by expanding observation histories: each history carries the joint vector
 * α(s) = P(history, s_t = s), which gives both the reward of step t and, normalised, the belief
 * the policy acts on. Histories whose discounted mass γ^t P(history, live state) on live states
 * (not absorbing with zero reward) is below 1e-20 are dropped; what they could still earn is below
 * 1e-20 times the largest undiscounted reward-to-go.
 */
public final class ExactEvaluator {

  /** A policy given the normalised belief of the evaluated model and the step index. */
  @FunctionalInterface
  public interface BeliefPolicy {
    int action(double[] belief, int step);
  }

  private static final double NEGLIGIBLE = 1e-20;
  private static final int MAX_STEPS = 100_000;

  private ExactEvaluator() {}

  /** The policy's exact value from b0. */
  public static double value(FinitePomdp model, BeliefPolicy policy) {
    int ns = model.states().size();
    int nz = model.observations().size();
    boolean[] dead = deadStates(model);
    List<double[]> frontier = new ArrayList<>(List.of(model.initialBelief()));
    double value = 0;
    double weight = 1;
    for (int step = 0; !frontier.isEmpty(); step++) {
      if (step == MAX_STEPS) {
        throw new IllegalStateException("histories still alive after " + MAX_STEPS + " steps");
      }
      List<double[]> next = new ArrayList<>();
      for (double[] joint : frontier) {
        double total = 0;
        for (double v : joint) {
          total += v;
        }
        double[] belief = new double[ns];
        for (int s = 0; s < ns; s++) {
          belief[s] = joint[s] / total;
        }
        int a = policy.action(belief, step);
        for (int s = 0; s < ns; s++) {
          value += weight * joint[s] * model.reward(a, s);
        }
        for (int z = 0; z < nz; z++) {
          double[] child = new double[ns];
          double live = 0;
          for (int to = 0; to < ns; to++) {
            double p = 0;
            for (int s = 0; s < ns; s++) {
              p += joint[s] * model.transition(a, s, to);
            }
            child[to] = p * model.observation(a, to, z);
            live += dead[to] ? 0 : child[to];
          }
          if (weight * live > NEGLIGIBLE) {
            next.add(child);
          }
        }
      }
      frontier = next;
      weight *= model.discount();
    }
    return value;
  }

  private static boolean[] deadStates(FinitePomdp model) {
    boolean[] dead = new boolean[model.states().size()];
    for (int s = 0; s < dead.length; s++) {
      dead[s] = true;
      for (int a = 0; a < model.actions().size(); a++) {
        dead[s] &= model.transition(a, s, s) == 1 && model.reward(a, s) == 0;
      }
    }
    return dead;
  }
}
