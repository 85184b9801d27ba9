package org.recbench.churn.metrics;

import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Kind;
import org.recbench.api.Metric;
import org.recbench.api.Step;
import org.recbench.api.session.ChurnModel;
import org.recbench.api.session.Reaction;
import org.recbench.api.session.Recommendation;
import org.recbench.api.session.SessionObservation;
import org.recbench.api.session.SessionProtocol;
import org.recbench.churn.model.BeliefTracker;

/**
 * How uncertain the recommender is about the user's type when it recommends (paper 002, Fig. 1).
 * The belief is tracked from the known model along every session, whatever the policy does:
 * b = q when a session starts and b'(u) ∝ b(u) P(u, a) after each like (Eq. 1).
 *
 * <p><b>Value.</b> The mean, over every recommendation made so far in the trial, of the measure of
 * the belief the recommendation was made at (the belief after the session's earlier likes). Long
 * sessions weigh more, as they hold more recommendations. Two measures:
 * {@code churn.belief-entropy}, H(b) = −Σ_u b(u) log₂ b(u) in bits (log₂ U at the uniform belief,
 * 0 at a vertex), and {@code churn.belief-max}, max_u b(u) (the paper's L1 distance to the nearest
 * vertex is 2(1 − max_u b(u))). NaN before the first recommendation.
 */
public final class BeliefUncertaintyMetric
    implements Metric<SessionObservation, Recommendation, Reaction> {

  /** Id of the entropy metric. */
  public static final String ENTROPY_ID = "churn.belief-entropy";
  /** Id of the largest-probability metric. */
  public static final String MAX_ID = "churn.belief-max";

  /** Which summary of the belief is averaged. */
  public enum Measure {
    /** Shannon entropy in bits. */
    ENTROPY,
    /** Largest probability. */
    MAX
  }

  private final Measure measure;
  private final BeliefTracker belief;
  private double sum;
  private long recommendations;

  /** Tracks beliefs of {@code model}'s sessions and averages {@code measure}. */
  public BeliefUncertaintyMetric(ChurnModel model, Measure measure) {
    this.measure = measure;
    this.belief = new BeliefTracker(model);
  }

  /** The component type of {@code measure}'s metric. */
  public static ComponentType<Metric<?, ?, ?>> type(Measure measure) {
    boolean entropy = measure == Measure.ENTROPY;
    Descriptor descriptor = Descriptor.builder(Kind.METRIC, entropy ? ENTROPY_ID : MAX_ID,
            SessionProtocol.PROTOCOL)
        .description(entropy
            ? "mean entropy (bits) of the belief over user types at each recommendation"
            : "mean largest probability of the belief over user types at each recommendation")
        .requires(SessionProtocol.CHURN_MODEL)
        .build();
    return ComponentType.metric(descriptor, (params, rng, capabilities) ->
        new BeliefUncertaintyMetric(capabilities.require(SessionProtocol.CHURN_MODEL), measure));
  }

  @Override
  public void startEpisode(int episode) {
    belief.reset();
  }

  @Override
  public void record(Step<SessionObservation, Recommendation, Reaction> step) {
    double[] b = belief.belief();
    sum += measure == Measure.ENTROPY ? entropyBits(b) : max(b);
    recommendations++;
    if (step.outcome().feedback() == Reaction.LIKE) {
      belief.liked(step.action().category());
    }
  }

  @Override
  public double value() {
    return recommendations == 0 ? Double.NaN : sum / recommendations;
  }

  /** −Σ b log₂ b, with 0 log 0 = 0. */
  public static double entropyBits(double[] b) {
    double h = 0;
    for (double p : b) {
      if (p > 0) {
        h -= p * Math.log(p);
      }
    }
    return h / Math.log(2);
  }

  private static double max(double[] b) {
    double m = 0;
    for (double p : b) {
      m = Math.max(m, p);
    }
    return m;
  }
}
