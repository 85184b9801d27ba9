package org.recbench.core.metrics;

import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Direction;
import org.recbench.api.Kind;
import org.recbench.api.Metric;
import org.recbench.api.Outcome;
import org.recbench.api.Protocol;
import org.recbench.api.StandardCapabilities;
import org.recbench.api.Step;

/**
 * {@code regret}: cumulative expected (pseudo-)regret R_T = Σ_{t&lt;T} [μ*_t − μ_t(a_t)], where
 * μ_t(a_t) and μ*_t are the expected rewards of the action taken and of the best action in the
 * state the action was taken in, as the environment records them in each {@link Outcome}
 * ({@link StandardCapabilities#EXPECTED_REWARDS}) before its state moves. Using expectations
 * rather than reward draws removes the reward noise from the comparison (Lattimore &amp;
 * Szepesvári, <i>Bandit Algorithms</i>, Eq. 4.2); taking them before the state moves is what
 * makes the regret of an optimal policy zero when the best action depends on hidden state.
 */
public final class CumulativeRegret implements Metric<Object, Object, Object> {

  /** The component type registered by {@link CorePlugin}. */
  public static final ComponentType<Metric<?, ?, ?>> TYPE = ComponentType.metric(
      Descriptor.builder(Kind.METRIC, "regret", Protocol.ANY)
          .description("cumulative expected regret: best minus taken expected reward, summed")
          .requires(StandardCapabilities.EXPECTED_REWARDS)
          .direction(Direction.LOWER_IS_BETTER)
          .nonNegative()
          .build(),
      (params, rng, capabilities) -> new CumulativeRegret());

  private double total;

  @Override
  public void record(Step<Object, Object, Object> step) {
    Outcome<Object, Object> outcome = step.outcome();
    total += outcome.bestExpectedReward() - outcome.expectedReward();
  }

  @Override
  public double value() {
    return total;
  }
}
