package org.recbench.baselines;

import java.util.Optional;
import org.recbench.api.Capability;
import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Kind;
import org.recbench.api.Policy;
import org.recbench.protocol.session.ChurnModel;
import org.recbench.protocol.session.LikeSequence;
import org.recbench.protocol.session.Reaction;
import org.recbench.protocol.session.Recommendation;
import org.recbench.protocol.session.SessionObservation;
import org.recbench.protocol.session.SessionProtocol;

/**
 * {@code baseline.myopic}: recommends the category most likely to be liked now,
 * argmax_a Σ_u b(u) P(u, a), at the belief it tracks (b = q at the start of a session,
 * b'(u) ∝ b(u) P(u, a) after a like). Paper 002, Example 2.4 and Prop. 2.5 show it can be
 * arbitrarily worse than optimal. Ties go to the lowest category.
 */
public final class MyopicPolicy implements Policy<SessionObservation, Recommendation, Reaction> {

  /** Component id. */
  public static final String ID = "baseline.myopic";

  private final ChurnModel model;
  private final double[] belief;

  /** The myopic policy for sessions of {@code model}. */
  public MyopicPolicy(ChurnModel model) {
    this.model = model;
    this.belief = model.priorVector();
  }

  /** The component type. */
  public static ComponentType<Policy<?, ?, ?>> type() {
    Descriptor descriptor = Descriptor.builder(Kind.POLICY, ID, SessionProtocol.PROTOCOL)
        .description("recommends the category with the highest like probability under the "
            + "current belief over user types")
        .requires(SessionProtocol.CHURN_MODEL)
        .provides(SessionProtocol.LIKE_SEQUENCE)
        .build();
    return ComponentType.policy(descriptor, (params, rng, capabilities) ->
        new MyopicPolicy(capabilities.require(SessionProtocol.CHURN_MODEL)));
  }

  @Override
  public void startEpisode() {
    for (int u = 0; u < belief.length; u++) {
      belief[u] = model.prior(u);
    }
  }

  @Override
  public Recommendation act(SessionObservation observation) {
    return Recommendation.of(mostLiked(model, belief));
  }

  /** argmax_a Σ_u b(u) P(u, a), ties to the lowest category. */
  private static int mostLiked(ChurnModel model, double[] belief) {
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
  }

  @Override
  public void learn(SessionObservation observation, Recommendation action, Reaction feedback) {
    if (feedback == Reaction.LIKE) {
      liked(model, belief, action.category());
    }
  }

  /** b'(u) ∝ b(u) P(u, a) after a like of {@code category}. */
  private static void liked(ChurnModel model, double[] belief, int category) {
    double total = 0;
    for (int u = 0; u < belief.length; u++) {
      belief[u] *= model.like(u, category);
      total += belief[u];
    }
    for (int u = 0; u < belief.length; u++) {
      belief[u] /= total;
    }
  }

  /** Its play depends only on the likes so far: the sequence it plays in every session. */
  @Override
  public <T> Optional<T> capability(Capability<T> key) {
    if (!key.id().equals(SessionProtocol.LIKE_SEQUENCE.id())) {
      return Optional.empty();
    }
    LikeSequence sequence = () -> {
      double[] walk = model.priorVector();
      return () -> {
        int category = mostLiked(model, walk);
        liked(model, walk, category);
        return category;
      };
    };
    return Optional.of(key.cast(sequence));
  }
}
