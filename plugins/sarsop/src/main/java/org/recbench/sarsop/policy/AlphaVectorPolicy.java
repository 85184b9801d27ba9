package org.recbench.sarsop.policy;

import java.util.Optional;
import org.recbench.api.Capability;
import org.recbench.api.ConfigurationException;
import org.recbench.api.PlanningStats;
import org.recbench.api.Policy;
import org.recbench.api.StandardCapabilities;
import org.recbench.protocol.pomdp.FinitePomdp;
import org.recbench.protocol.session.Reaction;
import org.recbench.protocol.session.Recommendation;
import org.recbench.protocol.session.SessionObservation;

/**
 * Plays an alpha-vector policy in a session environment: it tracks the belief with the
 * environment's {@link FinitePomdp} ({@link BeliefTracker}, reset to b0 at every session start),
 * recommends the category of the action of argmax_α α·b, and conditions the belief on the
 * reaction (mapped by {@link ReactionObservations}). POMDP action k is category k.
 */
public final class AlphaVectorPolicy implements Policy<SessionObservation, Recommendation, Reaction> {

  private final AlphaVectors vectors;
  private final BeliefTracker tracker;
  private final ReactionObservations reactions;
  private final int categories;
  private final PlanningStats stats;

  private AlphaVectorPolicy(FinitePomdp model, AlphaVectors vectors, PlanningStats stats) {
    this.vectors = vectors;
    this.tracker = new BeliefTracker(model);
    this.reactions = ReactionObservations.of(model);
    this.categories = model.actions().size();
    this.stats = stats;
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
    return new AlphaVectorPolicy(model, vectors, stats.orElse(null));
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
    return Optional.empty();
  }
}
