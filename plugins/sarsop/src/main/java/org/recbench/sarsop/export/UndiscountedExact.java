package org.recbench.sarsop.export;

import org.recbench.api.ConfigurationException;
import org.recbench.protocol.pomdp.FinitePomdp;

/**
 * Rewrites a POMDP with discount δ (1 for the churn paper's undiscounted objective) into one with
 * discount γ &lt; 1 whose discounted values are exactly the original values, so that a discounted
 * solver such as SARSOP optimises the original objective.
 *
 * <p>It applies to POMDPs with terminal states: states that every action keeps with probability 1
 * and that earn reward 0 under every action (the churn model's {@code churned}). Every transition
 * between non-terminal states is scaled by δ/γ, and the terminal states of the row take the
 * remaining mass, in proportion to their original probabilities:
 * T'(s'|s,a) = (δ/γ) T(s'|s,a) for non-terminal s and s'. For the churn encoding this is
 * T'(t_u→t_u|a) = P[u][a]/γ and T'(t_u→churned|a) = 1 − P[u][a]/γ. Observations, rewards and b0
 * are unchanged.
 *
 * <p>Why it is exact: a history that is still in non-terminal states after t steps has
 * probability (δ/γ)^t times its original probability, and the reward it earns at step t is
 * weighted by γ^t, so every history-dependent policy earns Σ_t δ^t E[r_t] in both models;
 * histories that reached a terminal state earn nothing in either. The beliefs of the two models
 * restricted to non-terminal states are proportional, so argmax_α α·b picks the same vector under
 * either belief as long as the vectors are 0 on terminal states (true for any conditional plan,
 * hence for SARSOP's vectors).
 *
 * <p>It needs γ ≥ δ · max_{a, s non-terminal} Σ_{s' non-terminal} T(s'|s,a) (for the churn model,
 * γ ≥ max P when δ = 1), see {@link #minimumDiscount}.
 */
public final class UndiscountedExact {

  private UndiscountedExact() {}

  /**
   * Terminal states: absorbing under every action and rewarded 0 under every action.
   *
   * @return one flag per state
   */
  public static boolean[] terminalStates(FinitePomdp model) {
    int ns = model.states().size();
    boolean[] terminal = new boolean[ns];
    for (int s = 0; s < ns; s++) {
      boolean t = true;
      for (int a = 0; a < model.actions().size(); a++) {
        t &= model.transition(a, s, s) == 1 && model.reward(a, s) == 0;
      }
      terminal[s] = t;
    }
    return terminal;
  }

  /** The smallest γ the transformation accepts: δ times the largest non-terminal row mass. */
  public static double minimumDiscount(FinitePomdp model) {
    boolean[] terminal = terminalStates(model);
    double max = 0;
    for (int a = 0; a < model.actions().size(); a++) {
      for (int s = 0; s < terminal.length; s++) {
        if (!terminal[s]) {
          max = Math.max(max, continuation(model, terminal, a, s));
        }
      }
    }
    return model.discount() * max;
  }

  /**
   * The rewritten POMDP with discount {@code gamma}.
   *
   * @throws ConfigurationException when the model has no terminal state or {@code gamma} is
   *     below {@link #minimumDiscount}
   */
  public static FinitePomdp transform(FinitePomdp model, double gamma) {
    boolean[] terminal = terminalStates(model);
    int first = firstTerminal(terminal);
    if (first < 0) {
      throw new ConfigurationException("undiscounted-exact export needs a terminal state (absorbing"
          + " under every action, reward 0), but none of " + model.states() + " is one");
    }
    double minimum = minimumDiscount(model);
    if (gamma < minimum) {
      throw new ConfigurationException("undiscounted-exact export needs discount >= " + minimum
          + " (the largest probability of staying in non-terminal states), was " + gamma);
    }
    double scale = model.discount() / gamma;
    int ns = terminal.length;
    int na = model.actions().size();
    double[][][] t = new double[na][ns][ns];
    for (int a = 0; a < na; a++) {
      for (int s = 0; s < ns; s++) {
        if (terminal[s]) {
          t[a][s][s] = 1;
          continue;
        }
        double kept = 0;
        double absorbed = 0;
        for (int next = 0; next < ns; next++) {
          if (terminal[next]) {
            absorbed += model.transition(a, s, next);
          } else {
            t[a][s][next] = scale * model.transition(a, s, next);
            kept += t[a][s][next];
          }
        }
        double remaining = Math.max(0, 1 - kept);
        for (int next = 0; next < ns; next++) {
          if (terminal[next]) {
            t[a][s][next] = absorbed > 0
                ? remaining * (model.transition(a, s, next) / absorbed)
                : (next == first ? remaining : 0);
          }
        }
      }
    }
    double[][][] o = new double[na][ns][model.observations().size()];
    double[][] r = new double[na][ns];
    for (int a = 0; a < na; a++) {
      for (int s = 0; s < ns; s++) {
        r[a][s] = model.reward(a, s);
        for (int z = 0; z < o[a][s].length; z++) {
          o[a][s][z] = model.observation(a, s, z);
        }
      }
    }
    return new FinitePomdp(model.states(), model.actions(), model.observations(), t, o, r,
        model.initialBelief(), gamma);
  }

  private static double continuation(FinitePomdp model, boolean[] terminal, int a, int s) {
    double sum = 0;
    for (int next = 0; next < terminal.length; next++) {
      if (!terminal[next]) {
        sum += model.transition(a, s, next);
      }
    }
    return sum;
  }

  private static int firstTerminal(boolean[] terminal) {
    for (int s = 0; s < terminal.length; s++) {
      if (terminal[s]) {
        return s;
      }
    }
    return -1;
  }
}
