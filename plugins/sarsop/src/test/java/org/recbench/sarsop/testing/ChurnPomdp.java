package org.recbench.sarsop.testing;

import java.util.ArrayList;
import java.util.List;
import org.recbench.protocol.pomdp.FinitePomdp;

/**
 * The churn encoding of the fixtures (and of plugins/churn): states t0..t{U-1}, churned; actions
 * c0..c{A-1}; observations like, dislike; T[a][t_u][t_u] = P[u][a], T[a][t_u][churned] =
 * 1 − P[u][a], churned absorbing; O(like | t_u) = 1, O(dislike | churned) = 1; R[a][t_u] =
 * P[u][a], R[a][churned] = 0; b0 = (q, 0).
 */
public final class ChurnPomdp {

  private ChurnPomdp() {}

  /**
   * An instance SARSOP cannot solve in a second: 256 equally likely types on a circle of
   * directions and three categories, two of them close (P = (cos(θ_u − φ_a) + 1)/2 clipped to
   * [0.01, 0.99]).
   */
  public static FinitePomdp circle(double gamma) {
    int types = 256;
    double[] phases = {0, 0.3, 2.5};
    double[] q = new double[types];
    double[][] p = new double[types][phases.length];
    for (int u = 0; u < types; u++) {
      q[u] = 1.0 / types;
      for (int a = 0; a < phases.length; a++) {
        double cos = Math.cos(2 * Math.PI * u / types - phases[a]);
        p[u][a] = Math.min(0.99, Math.max(0.01, (cos + 1) / 2));
      }
    }
    return of(q, p, gamma);
  }

  /** The churn POMDP of prior {@code q} and like matrix {@code p} with discount {@code gamma}. */
  public static FinitePomdp of(double[] q, double[][] p, double gamma) {
    int types = q.length;
    int categories = p[0].length;
    int ns = types + 1;
    int churned = types;
    List<String> states = new ArrayList<>();
    for (int u = 0; u < types; u++) {
      states.add("t" + u);
    }
    states.add("churned");
    List<String> actions = new ArrayList<>();
    for (int a = 0; a < categories; a++) {
      actions.add("c" + a);
    }
    double[][][] t = new double[categories][ns][ns];
    double[][][] o = new double[categories][ns][2];
    double[][] r = new double[categories][ns];
    for (int a = 0; a < categories; a++) {
      for (int u = 0; u < types; u++) {
        t[a][u][u] = p[u][a];
        t[a][u][churned] = 1 - p[u][a];
        o[a][u][0] = 1;
        r[a][u] = p[u][a];
      }
      t[a][churned][churned] = 1;
      o[a][churned][1] = 1;
    }
    double[] b0 = new double[ns];
    System.arraycopy(q, 0, b0, 0, types);
    return new FinitePomdp(states, actions, List.of("like", "dislike"), t, o, r, b0, gamma);
  }
}
