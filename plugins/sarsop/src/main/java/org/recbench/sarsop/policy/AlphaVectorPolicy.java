package org.recbench.sarsop.policy;

import java.util.Optional;
import org.recbench.api.Capability;
import org.recbench.api.ConfigurationException;
import org.recbench.api.PlanCertificate;
import org.recbench.api.PlanningStats;
import org.recbench.api.Policy;
import org.recbench.api.StandardCapabilities;
import org.recbench.protocol.pomdp.FinitePomdp;
import org.recbench.protocol.session.LikeSequence;
import org.recbench.protocol.session.Reaction;
import org.recbench.protocol.session.Recommendation;
import org.recbench.protocol.session.SessionObservation;
import org.recbench.protocol.session.SessionProtocol;

/**
 * Plays an alpha-vector policy in a session environment: it tracks the belief with the
 * environment's {@link FinitePomdp} ({@link BeliefTracker}, reset to b0 at every session start),
 * recommends the category of the action of argmax_α α·b, and conditions the belief on the
 * reaction (mapped by {@link ReactionObservations}). POMDP action k is category k. Its play
 * depends only on the reactions so far, so it provides the sequence it plays while the user
 * keeps liking ({@link SessionProtocol#LIKE_SEQUENCE}).
 */
public final class AlphaVectorPolicy implements Policy<SessionObservation, Recommendation, Reaction> {

  private final AlphaVectors vectors;
  private final BeliefTracker tracker;
  private final ReactionObservations reactions;
  private final int categories;
  private final PlanningStats stats;
  private final PlanCertificate certificate;
  private final LikeSequence sequence;

  private AlphaVectorPolicy(FinitePomdp model, AlphaVectors vectors, PlanningStats stats,
      PlanCertificate certificate) {
    this.vectors = vectors;
    this.tracker = new BeliefTracker(model);
    this.reactions = ReactionObservations.of(model);
    this.categories = model.actions().size();
    this.stats = stats;
    this.certificate = certificate;
    this.sequence = () -> likes(model);
  }

  /**
   * The policy of {@code vectors} on {@code model}.
   *
   * @param source where the vectors come from (a file name), for error messages
   * @param stats planning cost to expose as {@link StandardCapabilities#PLANNING_STATS}, or empty
   * @throws ConfigurationException when the vectors do not fit the model (vector length against
   *     the state count, an action index out of range, mixed-observability vectors) or the model
   *     lacks the {@code like}/{@code dislike} observations
   */
  public static AlphaVectorPolicy of(FinitePomdp model, AlphaVectors vectors, String source,
      Optional<PlanningStats> stats) {
    return of(model, vectors, source, stats, Optional.empty());
  }

  /**
   * The policy of {@code vectors} on {@code model}, with the solver's certificate to expose as
   * {@link StandardCapabilities#PLAN_CERTIFICATE} (or empty).
   *
   * @throws ConfigurationException as {@link #of(FinitePomdp, AlphaVectors, String, Optional)}
   */
  public static AlphaVectorPolicy of(FinitePomdp model, AlphaVectors vectors, String source,
      Optional<PlanningStats> stats, Optional<PlanCertificate> certificate) {
    int states = model.states().size();
    if (vectors.vectorLength() != states) {
      throw new ConfigurationException(source + ": vectorLength is " + vectors.vectorLength()
          + " but the environment's POMDP has " + states + " states " + model.states());
    }
    for (int i = 0; i < vectors.size(); i++) {
      if (vectors.action(i) >= model.actions().size()) {
        throw new ConfigurationException(source + ": <Vector> " + (i + 1) + " has action "
            + vectors.action(i) + " but the environment's POMDP has " + model.actions().size()
            + " actions");
      }
      if (vectors.obsValue(i) != 0) {
        throw new ConfigurationException(source + ": <Vector> " + (i + 1) + " has obsValue "
            + vectors.obsValue(i) + "; policies of models with fully observed state variables"
            + " are not supported");
      }
    }
    return new AlphaVectorPolicy(model, vectors, stats.orElse(null), certificate.orElse(null));
  }

  @Override
  public void startEpisode() {
    tracker.reset();
  }

  @Override
  public Recommendation act(SessionObservation observation) {
    if (observation.categories() != categories) {
      throw new IllegalStateException("the session offers " + observation.categories()
          + " categories but the POMDP has " + categories + " actions");
    }
    return Recommendation.of(vectors.action(vectors.best(tracker.belief())));
  }

  @Override
  public void learn(SessionObservation observation, Recommendation action, Reaction feedback) {
    tracker.update(action.category(), reactions.index(feedback));
  }

  /** A copy of the current belief. */
  public double[] belief() {
    return tracker.belief().clone();
  }

  /** max_α α·b at the current belief. */
  public double value() {
    return vectors.value(tracker.belief());
  }

  @Override
  public <T> Optional<T> capability(Capability<T> key) {
    if (stats != null && key.id().equals(StandardCapabilities.PLANNING_STATS.id())) {
      return Optional.of(key.cast(stats));
    }
    if (certificate != null && key.id().equals(StandardCapabilities.PLAN_CERTIFICATE.id())) {
      return Optional.of(key.cast(certificate));
    }
    return key.id().equals(SessionProtocol.LIKE_SEQUENCE.id())
        ? Optional.of(key.cast(sequence)) : Optional.empty();
  }

  /**
   * The recommendations of a session in which the user likes everything, on a belief of its own:
   * the belief is conditioned on the previous recommendation's like only when the next one is
   * asked for, so a like of probability 0 that is never asked about is never conditioned on.
   */
  private LikeSequence.Cursor likes(FinitePomdp model) {
    BeliefTracker walk = new BeliefTracker(model);
    return new LikeSequence.Cursor() {
      private int last = -1;

      @Override
      public int next() {
        if (last >= 0) {
          walk.update(last, reactions.like());
        }
        last = vectors.action(vectors.best(walk.belief()));
        return last;
      }
    };
  }
}
