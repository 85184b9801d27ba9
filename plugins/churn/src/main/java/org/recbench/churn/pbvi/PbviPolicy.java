package org.recbench.churn.pbvi;

import java.util.Optional;
import org.recbench.api.Capability;
import org.recbench.api.Policy;
import org.recbench.api.StandardCapabilities;
import org.recbench.api.session.ChurnModel;
import org.recbench.api.session.Reaction;
import org.recbench.api.session.Recommendation;
import org.recbench.api.session.SessionObservation;
import org.recbench.churn.plan.PlanningCost;

/**
 * Acts with a {@link PbviSolution} on the belief it tracks: b = q at the start of a session and
 * b'(u) ∝ b(u) P(u, a) after every like (Eq. 1).
 */
public final class PbviPolicy implements Policy<SessionObservation, Recommendation, Reaction> {

  private final PbviSolution solution;
  private final ChurnModel model;
  private final PlanningCost cost;
  private final double[] belief;

  /** Acts with {@code solution} for sessions of {@code model}. */
  public PbviPolicy(PbviSolution solution, ChurnModel model, PlanningCost cost) {
    this.solution = solution;
    this.model = model;
    this.cost = cost;
    this.belief = model.priorVector();
  }

  @Override
  public void startEpisode() {
    for (int u = 0; u < belief.length; u++) {
      belief[u] = model.prior(u);
    }
  }

  @Override
  public Recommendation act(SessionObservation observation) {
    return Recommendation.of(solution.action(belief, observation.likes()));
  }

  @Override
  public void learn(SessionObservation observation, Recommendation action, Reaction feedback) {
    if (feedback != Reaction.LIKE) {
      return;
    }
    double total = 0;
    for (int u = 0; u < belief.length; u++) {
      belief[u] *= model.like(u, action.category());
      total += belief[u];
    }
    for (int u = 0; u < belief.length; u++) {
      belief[u] /= total;
    }
  }

  @Override
  public <T> Optional<T> capability(Capability<T> key) {
    return key.id().equals(StandardCapabilities.PLANNING_STATS.id())
        ? Optional.of(key.cast(cost)) : Optional.empty();
  }
}
