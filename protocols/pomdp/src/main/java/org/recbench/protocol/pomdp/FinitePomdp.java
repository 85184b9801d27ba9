package org.recbench.protocol.pomdp;

import java.util.Arrays;
import java.util.List;
import org.recbench.api.Capability;

/**
 * A finite POMDP (S, A, Z, T, O, R, b0, γ) as plain tables, for exporting an environment's known
 * model to external solvers and for playing their policies. Index order follows the name lists.
 * Observations depend on the action and the next state, as in Cassandra's format.
 */
public final class FinitePomdp {

  /** Capability under which environments provide their POMDP view. */
  public static final Capability<FinitePomdp> CAPABILITY = new Capability<>(
      "finite-pomdp", FinitePomdp.class, "finite POMDP view of the environment (states, T, O, R)");

  private final List<String> states;
  private final List<String> actions;
  private final List<String> observations;
  private final double[][][] transition;
  private final double[][][] observation;
  private final double[][] reward;
  private final double[] initialBelief;
  private final double discount;

  /**
   * Creates the POMDP, checking shapes and that every distribution sums to 1 (within 1e-9).
   *
   * @param states state names
   * @param actions action names
   * @param observations observation names
   * @param transition T[a][s][s'] = P(s' | s, a)
   * @param observation O[a][s'][z] = P(z | a, s')
   * @param reward R[a][s] = expected immediate reward of action a in state s
   * @param initialBelief b0[s]
   * @param discount γ in (0, 1]; 1 means undiscounted
   */
  public FinitePomdp(List<String> states, List<String> actions, List<String> observations,
      double[][][] transition, double[][][] observation, double[][] reward,
      double[] initialBelief, double discount) {
    this.states = List.copyOf(states);
    this.actions = List.copyOf(actions);
    this.observations = List.copyOf(observations);
    int ns = states.size();
    int na = actions.size();
    int nz = observations.size();
    checkShape("transition", transition, na, ns, ns);
    checkShape("observation", observation, na, ns, nz);
    if (reward.length != na || Arrays.stream(reward).anyMatch(r -> r.length != ns)) {
      throw new IllegalArgumentException("reward must be " + na + " x " + ns);
    }
    if (initialBelief.length != ns) {
      throw new IllegalArgumentException("initial belief must have " + ns + " entries");
    }
    checkDistribution("initial belief", initialBelief);
    for (int a = 0; a < na; a++) {
      for (int s = 0; s < ns; s++) {
        checkDistribution("T[" + actions.get(a) + "][" + states.get(s) + "]", transition[a][s]);
        checkDistribution("O[" + actions.get(a) + "][" + states.get(s) + "]", observation[a][s]);
      }
    }
    if (!(discount > 0 && discount <= 1)) {
      throw new IllegalArgumentException("discount must be in (0, 1], was " + discount);
    }
    this.transition = deepCopy(transition);
    this.observation = deepCopy(observation);
    this.reward = Arrays.stream(reward).map(double[]::clone).toArray(double[][]::new);
    this.initialBelief = initialBelief.clone();
    this.discount = discount;
  }

  /** State names. */
  public List<String> states() {
    return states;
  }

  /** Action names. */
  public List<String> actions() {
    return actions;
  }

  /** Observation names. */
  public List<String> observations() {
    return observations;
  }

  /** P(s' | s, a). */
  public double transition(int action, int state, int next) {
    return transition[action][state][next];
  }

  /** P(z | a, s'). */
  public double observation(int action, int next, int obs) {
    return observation[action][next][obs];
  }

  /** R(s, a). */
  public double reward(int action, int state) {
    return reward[action][state];
  }

  /** A copy of b0. */
  public double[] initialBelief() {
    return initialBelief.clone();
  }

  /** γ; 1 for the undiscounted objective. */
  public double discount() {
    return discount;
  }

  /** This POMDP with another discount (external solvers often need γ &lt; 1). */
  public FinitePomdp withDiscount(double newDiscount) {
    return new FinitePomdp(states, actions, observations, transition, observation, reward,
        initialBelief, newDiscount);
  }

  private static void checkShape(String name, double[][][] t, int d0, int d1, int d2) {
    boolean ok = t.length == d0 && Arrays.stream(t).allMatch(m -> m.length == d1
        && Arrays.stream(m).allMatch(r -> r.length == d2));
    if (!ok) {
      throw new IllegalArgumentException(name + " must be " + d0 + " x " + d1 + " x " + d2);
    }
  }

  private static void checkDistribution(String name, double[] p) {
    double sum = 0;
    for (double v : p) {
      if (!(v >= 0)) {
        throw new IllegalArgumentException(name + " has a negative or NaN entry");
      }
      sum += v;
    }
    if (Math.abs(sum - 1) > 1e-9) {
      throw new IllegalArgumentException(name + " sums to " + sum + ", expected 1");
    }
  }

  private static double[][][] deepCopy(double[][][] t) {
    return Arrays.stream(t).map(m -> Arrays.stream(m).map(double[]::clone)
        .toArray(double[][]::new)).toArray(double[][][]::new);
  }
}
