package org.recbench.churn.metrics;

import org.recbench.api.ComponentType;
import org.recbench.api.ConfigurationException;
import org.recbench.api.Descriptor;
import org.recbench.api.Direction;
import org.recbench.api.Kind;
import org.recbench.api.Metric;
import org.recbench.api.Step;
import org.recbench.churn.model.ChurnInstance;
import org.recbench.churn.plan.PlannerTypes;
import org.recbench.churn.value.ExactValue;
import org.recbench.churn.value.PolicyValue;
import org.recbench.protocol.session.ChurnModel;
import org.recbench.protocol.session.LikeSequence;
import org.recbench.protocol.session.Reaction;
import org.recbench.protocol.session.Recommendation;
import org.recbench.protocol.session.SessionObservation;
import org.recbench.protocol.session.SessionProtocol;

/**
 * {@code churn.policy-value}: the exact expected number of likes per session of the policy
 * actually played, V(π, q) = Σ_u q(u) Σ_t Π_{i≤t} P(u, a_i) (Lemma 2.3), next to the Monte Carlo
 * {@code mean-episode-reward}. Available for policies whose play is a fixed sequence given the
 * likes ({@link LikeSequence}: plans, belief rules with the known model, fixed categories); for
 * the others (random, learning policies) the harness leaves the metric out of the pair with the
 * reason that the policy does not provide {@code like-sequence}.
 *
 * <p>The value is computed once, when the trial starts ({@link ExactValue#ofSequence}): in closed
 * form once the sequence repeats a category forever, otherwise summed until the proven bound on
 * the rest is below {@value ExactValue#TOLERANCE}. When {@value ExactValue#MAX_STEPS}
 * recommendations do not get there (like probabilities within about 1e-7 of 1), the trial fails
 * with a message giving the interval reached.
 */
public final class PolicyValueMetric
    implements Metric<SessionObservation, Recommendation, Reaction> {

  /** Component id. */
  public static final String ID = "churn.policy-value";

  private final double value;

  /** A metric reporting {@code value}. */
  public PolicyValueMetric(double value) {
    this.value = value;
  }

  /** The component type. */
  public static ComponentType<Metric<?, ?, ?>> type() {
    Descriptor descriptor = Descriptor.builder(Kind.METRIC, ID, SessionProtocol.PROTOCOL)
        .description("exact expected likes per session of the played policy (policies that play"
            + " a fixed sequence given the likes)")
        .requires(SessionProtocol.CHURN_MODEL, SessionProtocol.LIKE_SEQUENCE)
        .direction(Direction.HIGHER_IS_BETTER)
        .unit(PlannerTypes.LIKES)
        .build();
    return ComponentType.metric(descriptor, (params, rng, capabilities) -> new PolicyValueMetric(
        value(capabilities.require(SessionProtocol.CHURN_MODEL),
            capabilities.require(SessionProtocol.LIKE_SEQUENCE))));
  }

  /** V(π, q) of the sequence on the model, exact to {@value ExactValue#TOLERANCE}. */
  public static double value(ChurnModel model, LikeSequence sequence) {
    PolicyValue exact = ExactValue.ofSequence(ChurnInstance.of(model), sequence,
        ExactValue.TOLERANCE, ExactValue.MAX_STEPS);
    if (exact.gap() > ExactValue.TOLERANCE) {
      throw new ConfigurationException(ID + ": after " + exact.steps() + " recommendations the"
          + " value of the played sequence is only known to lie in [" + exact.value() + ", "
          + exact.upperBound() + "] (like probabilities too close to 1)");
    }
    return exact.value();
  }

  @Override
  public void record(Step<SessionObservation, Recommendation, Reaction> step) {
    // The value is a property of the policy and the model, fixed when the trial starts.
  }

  @Override
  public double value() {
    return value;
  }
}
