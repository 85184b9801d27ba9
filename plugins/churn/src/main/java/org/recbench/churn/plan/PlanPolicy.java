package org.recbench.churn.plan;

import java.util.Optional;
import org.recbench.api.Capability;
import org.recbench.api.Policy;
import org.recbench.api.StandardCapabilities;
import org.recbench.protocol.session.Reaction;
import org.recbench.protocol.session.Recommendation;
import org.recbench.protocol.session.SessionObservation;

/**
 * Plays a {@link Plan} planned once per trial from the prior: after k likes the tracked belief is
 * b_k ∝ q ∘ Π_{i≤k} P(·, a_i), fully determined by the plan, so the plan's k-th category is the
 * planner's choice at that belief. Reused unchanged across sessions.
 */
public final class PlanPolicy implements Policy<SessionObservation, Recommendation, Reaction> {

  private final Plan plan;
  private final PlanningCost cost;

  /** Plays {@code plan}; {@code cost} is what computing it took. */
  public PlanPolicy(Plan plan, PlanningCost cost) {
    this.plan = plan;
    this.cost = cost;
  }

  @Override
  public Recommendation act(SessionObservation observation) {
    return Recommendation.of(plan.action(observation.likes()));
  }

  @Override
  public void learn(SessionObservation observation, Recommendation action, Reaction feedback) {
    // The plan already encodes the belief after every run of likes; a dislike ends the session.
  }

  @Override
  public <T> Optional<T> capability(Capability<T> key) {
    return key.id().equals(StandardCapabilities.PLANNING_STATS.id())
        ? Optional.of(key.cast(cost)) : Optional.empty();
  }
}
