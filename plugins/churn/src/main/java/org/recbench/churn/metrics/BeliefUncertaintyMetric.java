package org.recbench.churn.metrics;

import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Kind;
import org.recbench.api.Metric;
import org.recbench.api.ParamSpec;
import org.recbench.api.ParamType;
import org.recbench.api.Step;
import org.recbench.protocol.session.ChurnModel;
import org.recbench.protocol.session.Reaction;
import org.recbench.protocol.session.Recommendation;
import org.recbench.protocol.session.SessionObservation;
import org.recbench.protocol.session.SessionProtocol;
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
 *
 * <p><b>Per round.</b> Fig. 1 plots the uncertainty against the round of the session. With the
 * parameter {@code round} = k, either metric averages the measure over the sessions that reached
 * round k only (round 1 is the first recommendation, made at b = q); a scenario's grid over
 * {@code round} gives the paper's averaged curve. NaN while no session reached round k.
 */
public final class BeliefUncertaintyMetric
    implements Metric<SessionObservation, Recommendation, Reaction> {

  /** Id of the entropy metric. */
  public static final String ENTROPY_ID = "churn.belief-entropy";
  /** Id of the largest-probability metric. */
  public static final String MAX_ID = "churn.belief-max";

  /** The optional session round the measure is averaged at. */
  static final ParamSpec ROUND = ParamSpec.optional("round", ParamType.INTEGER,
      "average only over the recommendations made at this round of a session (1 = the first); "
          + "every recommendation when omitted").range(1.0, null);

  /** Which summary of the belief is averaged. */
  public enum Measure {
    /** Shannon entropy in bits. */
    ENTROPY,
    /** Largest probability. */
    MAX
  }

  private final Measure measure;
  private final int round;
  private final BeliefTracker belief;
  private double sum;
  private long recommendations;

  /** Tracks beliefs of {@code model}'s sessions and averages {@code measure} over them all. */
  public BeliefUncertaintyMetric(ChurnModel model, Measure measure) {
    this(model, measure, 0);
  }

  /**
   * Tracks beliefs of {@code model}'s sessions and averages {@code measure} at session round
   * {@code round} (1-based), or at every recommendation when {@code round} is 0.
   */
  public BeliefUncertaintyMetric(ChurnModel model, Measure measure, int round) {
    this.measure = measure;
    this.round = round;
    this.belief = new BeliefTracker(model);
  }

  /** The component type of {@code measure}'s metric, with its optional {@code round}. */
  public static ComponentType<Metric<?, ?, ?>> type(Measure measure) {
    boolean entropy = measure == Measure.ENTROPY;
    Descriptor descriptor = Descriptor.builder(Kind.METRIC, entropy ? ENTROPY_ID : MAX_ID,
            SessionProtocol.PROTOCOL)
        .description(entropy
            ? "mean entropy (bits) of the belief over user types at each recommendation"
            : "mean largest probability of the belief over user types at each recommendation")
        .requires(SessionProtocol.CHURN_MODEL)
        .param(ROUND)
        .unit(entropy ? "bits" : "")
        .values(0.0, entropy ? null : 1.0)
        .build();
    return ComponentType.metric(descriptor, (params, rng, capabilities) ->
        new BeliefUncertaintyMetric(capabilities.require(SessionProtocol.CHURN_MODEL), measure,
            params.has(ROUND.name()) ? params.getInt(ROUND.name()) : 0));
  }

  @Override
  public void startEpisode(int episode) {
    belief.reset();
  }

  @Override
  public void record(Step<SessionObservation, Recommendation, Reaction> step) {
    if (round == 0 || step.stepInEpisode() + 1 == round) {
      double[] b = belief.belief();
      sum += measure == Measure.ENTROPY ? entropyBits(b) : max(b);
      recommendations++;
    }
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
