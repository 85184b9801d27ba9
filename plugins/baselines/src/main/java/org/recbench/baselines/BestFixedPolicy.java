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
 * {@code baseline.best-fixed}: always recommends the category a* maximising
 * Σ_u q(u) P(u, a)/(1 − P(u, a)), the value of recommending a forever (paper 002, Lemma 2.3 and the
 * lower bound of Lemma 5.1; the "BFA policy" of App. A). Ties go to the lowest category.
 */
public final class BestFixedPolicy implements Policy<SessionObservation, Recommendation, Reaction> {

  /** Component id. */
  public static final String ID = "baseline.best-fixed";

  private final Recommendation choice;
  private final LikeSequence sequence;

  /** Always recommends {@code category}. */
  public BestFixedPolicy(int category) {
    this.choice = Recommendation.of(category);
    this.sequence = () -> new LikeSequence.Cursor() {
      @Override
      public int next() {
        return category;
      }

      @Override
      public boolean repeatsLast() {
        return true;
      }
    };
  }

  /** The component type. */
  public static ComponentType<Policy<?, ?, ?>> type() {
    Descriptor descriptor = Descriptor.builder(Kind.POLICY, ID, SessionProtocol.PROTOCOL)
        .description("always recommends the category with the best value when recommended forever")
        .requires(SessionProtocol.CHURN_MODEL)
        .provides(SessionProtocol.LIKE_SEQUENCE)
        .build();
    return ComponentType.policy(descriptor, (params, rng, capabilities) ->
        new BestFixedPolicy(bestCategory(capabilities.require(SessionProtocol.CHURN_MODEL))));
  }

  /** Σ_u q(u) P(u, a)/(1 − P(u, a)): expected likes per session when a is recommended forever. */
  public static double fixedValue(ChurnModel model, int category) {
    double value = 0;
    for (int u = 0; u < model.types(); u++) {
      double p = model.like(u, category);
      value += model.prior(u) * p / (1 - p);
    }
    return value;
  }

  /** argmax_a {@link #fixedValue}. */
  public static int bestCategory(ChurnModel model) {
    int best = 0;
    for (int a = 1; a < model.categories(); a++) {
      if (fixedValue(model, a) > fixedValue(model, best)) {
        best = a;
      }
    }
    return best;
  }

  @Override
  public Recommendation act(SessionObservation observation) {
    return choice;
  }

  @Override
  public void learn(SessionObservation observation, Recommendation action, Reaction feedback) {
    // A fixed action ignores feedback.
  }

  @Override
  public <T> Optional<T> capability(Capability<T> key) {
    return key.id().equals(SessionProtocol.LIKE_SEQUENCE.id())
        ? Optional.of(key.cast(sequence)) : Optional.empty();
  }
}
