package org.recbench.churn.pbvi;

import java.util.Optional;
import org.recbench.api.Capability;
import org.recbench.api.PlanCertificate;
import org.recbench.api.Policy;
import org.recbench.api.StandardCapabilities;
import org.recbench.churn.model.BeliefTracker;
import org.recbench.churn.plan.PlanningCost;
import org.recbench.protocol.session.ChurnModel;
import org.recbench.protocol.session.LikeSequence;
import org.recbench.protocol.session.Reaction;
import org.recbench.protocol.session.Recommendation;
import org.recbench.protocol.session.SessionObservation;
import org.recbench.protocol.session.SessionProtocol;

/**
 * Acts with a {@link PbviSolution} on the belief it tracks: b = q at the start of a session and
 * b'(u) ∝ b(u) P(u, a) after every like (Eq. 1). Its play depends only on the likes so far, so it
 * provides the played sequence; its certificate is [V_T(q), V_T(q) + the stated error bound] with
 * the target {@link #TARGET}.
 */
public final class PbviPolicy implements Policy<SessionObservation, Recommendation, Reaction> {

  /**
   * PBVI has no optimality target of its own; its plans count as certified when the stated error
   * bound is at most this, branch and bound's default ε, so the column compares like with like.
   */
  public static final double TARGET = 1e-6;

  private final PbviSolution solution;
  private final ChurnModel model;
  private final PlanningCost cost;
  private final BeliefTracker belief;

  /** Acts with {@code solution} for sessions of {@code model}. */
  public PbviPolicy(PbviSolution solution, ChurnModel model, PlanningCost cost) {
    this.solution = solution;
    this.model = model;
    this.cost = cost;
    this.belief = new BeliefTracker(model);
  }

  /** [V_T(q), V_T(q) + stated error bound] with target {@link #TARGET}. */
  public static PlanCertificate certificate(PbviSolution solution) {
    return new PlanCertificate(solution.value(), solution.upperBound(), TARGET);
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
    if (key.id().equals(StandardCapabilities.PLANNING_STATS.id())) {
      return Optional.of(key.cast(cost));
    }
    if (key.id().equals(StandardCapabilities.PLAN_CERTIFICATE.id())) {
      return Optional.of(key.cast(certificate(solution)));
    }
    return key.id().equals(SessionProtocol.LIKE_SEQUENCE.id())
        ? Optional.of(key.cast((LikeSequence) this::cursor)) : Optional.empty();
  }

  /** The session this policy plays while the user keeps liking, on a belief of its own. */
  private LikeSequence.Cursor cursor() {
    BeliefTracker walk = new BeliefTracker(model);
    return new LikeSequence.Cursor() {
      private int likes;

      @Override
      public int next() {
        int category = solution.action(walk.belief(), likes++);
        walk.liked(category);
        return category;
      }
    };
  }
}
