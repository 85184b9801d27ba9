package org.recbench.churn.pbvi;

import java.util.Optional;
import org.recbench.api.Capability;
import org.recbench.api.Policy;
import org.recbench.api.StandardCapabilities;
import org.recbench.protocol.session.ChurnModel;
import org.recbench.protocol.session.Reaction;
import org.recbench.protocol.session.Recommendation;
import org.recbench.protocol.session.SessionObservation;
import org.recbench.churn.model.BeliefTracker;
import org.recbench.churn.plan.PlanningCost;

/**
 * Acts with a {@link PbviSolution} on the belief it tracks: b = q at the start of a session and
 * b'(u) ∝ b(u) P(u, a) after every like (Eq. 1).
 */
public final class PbviPolicy implements Policy<SessionObservation, Recommendation, Reaction> {

  private final PbviSolution solution;
  private final PlanningCost cost;
  private final BeliefTracker belief;

  /** Acts with {@code solution} for sessions of {@code model}. */
  public PbviPolicy(PbviSolution solution, ChurnModel model, PlanningCost cost) {
    this.solution = solution;
    this.cost = cost;
    this.belief = new BeliefTracker(model);
  }

  @Override
  public void startEpisode() {
    belief.reset();
  }

  @Override
  public Recommendation act(SessionObservation observation) {
    return Recommendation.of(solution.action(belief.belief(), observation.likes()));
  }

  @Override
  public void learn(SessionObservation observation, Recommendation action, Reaction feedback) {
    if (feedback == Reaction.LIKE) {
      belief.liked(action.category());
    }
  }

  @Override
  public <T> Optional<T> capability(Capability<T> key) {
    return key.id().equals(StandardCapabilities.PLANNING_STATS.id())
        ? Optional.of(key.cast(cost)) : Optional.empty();
  }
}
