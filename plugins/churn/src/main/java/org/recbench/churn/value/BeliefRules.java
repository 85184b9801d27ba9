package org.recbench.churn.value;

import org.recbench.protocol.session.ChurnModel;

/** {@link BeliefRule}s of policies that live outside this package. */
public final class BeliefRules {

  private BeliefRules() {}

  /**
   * The myopic policy with the known model ({@code baseline.myopic}; paper 002, Example 2.4):
   * argmax_a Σ_u b(u) P(u, a), ties to the lowest category, summed in type order as that policy
   * does.
   */
  public static BeliefRule myopic(ChurnModel model) {
    return (belief, likes) -> {
      int best = 0;
      double bestLike = Double.NEGATIVE_INFINITY;
      for (int a = 0; a < model.categories(); a++) {
        double like = 0;
        for (int u = 0; u < belief.length; u++) {
          like += belief[u] * model.like(u, a);
        }
        if (like > bestLike) {
          bestLike = like;
          best = a;
        }
      }
      return best;
    };
  }
}
