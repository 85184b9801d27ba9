package org.recbench.churn.plan;

import java.util.Optional;
import org.recbench.api.Capability;
import org.recbench.api.Policy;
import org.recbench.api.StandardCapabilities;
import org.recbench.protocol.session.LikeSequence;
import org.recbench.protocol.session.Reaction;
import org.recbench.protocol.session.Recommendation;
import org.recbench.protocol.session.SessionObservation;
import org.recbench.protocol.session.SessionProtocol;

/**
 * Plays a {@link Plan} planned from the prior: after k likes the tracked belief is
 * b_k ∝ q ∘ Π_{i≤k} P(·, a_i), fully determined by the plan, so the plan's k-th category is the
 * planner's choice at that belief. Reused unchanged across sessions. Provides the planning cost,
 * the plan's certificate and the played sequence (the plan itself).
 */
public final class PlanPolicy implements Policy<SessionObservation, Recommendation, Reaction> {

  private final Plan plan;
  private final PlanningCost cost;
  private final LikeSequence sequence;

  /** Plays {@code plan}; {@code cost} is what computing it took. */
  public PlanPolicy(Plan plan, PlanningCost cost) {
    this.plan = plan;
    this.cost = cost;
    this.sequence = () -> new LikeSequence.Cursor() {
      private int likes = -1;

      @Override
      public int next() {
        likes++;
        return plan.action(likes);
      }

      @Override
      public boolean repeatsLast() {
        return likes >= plan.prefixLength();
      }
    };
  }

  /** The plan played. */
  public Plan plan() {
    return plan;
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
    if (key.id().equals(StandardCapabilities.PLANNING_STATS.id())) {
      return Optional.of(key.cast(cost));
    }
    if (key.id().equals(StandardCapabilities.PLAN_CERTIFICATE.id())) {
      return Optional.of(key.cast(plan.certificate()));
    }
    return key.id().equals(SessionProtocol.LIKE_SEQUENCE.id())
        ? Optional.of(key.cast(sequence)) : Optional.empty();
  }
}
