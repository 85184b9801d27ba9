package org.recbench.churn.model;

import java.util.ArrayList;
import java.util.List;
import org.recbench.protocol.pomdp.FinitePomdp;
import org.recbench.protocol.session.ChurnModel;

/**
 * The churn model as a finite POMDP (paper 002, Sec. 3 and App. C, without the first-round
 * states that the paper adds only to emulate γ = 1 with a discounted solver): the hidden type is
 * the state, the user's departure an absorbing state. Exporters to Cassandra's format rely on this
 * exact encoding; the SARSOP fixtures use it too.
 *
 * <ul>
 *   <li>states {@code t0 … t(U−1), churned}; actions {@code c0 … c(A−1)}; observations
 *       {@code like, dislike};
 *   <li>T[a][t_u][t_u] = P(u, a), T[a][t_u][churned] = 1 − P(u, a), churned is absorbing;
 *   <li>O: {@code like} in every t_u, {@code dislike} in churned (probability 1);
 *   <li>R[a][t_u] = P(u, a), the expected immediate reward; R[a][churned] = 0;
 *   <li>b0 = (q, 0); discount 1 (the undiscounted objective; exporters override it).
 * </ul>
 */
public final class ChurnPomdp {

  /** Name of the absorbing state. */
  public static final String CHURNED = "churned";
  /** Observation names, in index order. */
  public static final List<String> OBSERVATIONS = List.of("like", "dislike");

  private ChurnPomdp() {}

  /** The POMDP view of {@code model}. */
  public static FinitePomdp of(ChurnModel model) {
    int types = model.types();
    int categories = model.categories();
    int churned = types;
    List<String> states = new ArrayList<>();
    for (int u = 0; u < types; u++) {
      states.add("t" + u);
    }
    states.add(CHURNED);
    List<String> actions = new ArrayList<>();
    for (int a = 0; a < categories; a++) {
      actions.add("c" + a);
    }
    double[][][] transition = new double[categories][types + 1][types + 1];
    double[][][] observation = new double[categories][types + 1][2];
    double[][] reward = new double[categories][types + 1];
    for (int a = 0; a < categories; a++) {
      for (int u = 0; u < types; u++) {
        double p = model.like(u, a);
        transition[a][u][u] = p;
        transition[a][u][churned] = 1 - p;
        observation[a][u][0] = 1;
        reward[a][u] = p;
      }
      transition[a][churned][churned] = 1;
      observation[a][churned][1] = 1;
    }
    double[] initial = new double[types + 1];
    System.arraycopy(model.priorVector(), 0, initial, 0, types);
    return new FinitePomdp(states, actions, OBSERVATIONS, transition, observation, reward, initial,
        1.0);
  }
}
