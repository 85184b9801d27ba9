package org.recbench.population.metrics;

import java.util.ArrayList;
import java.util.List;
import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Direction;
import org.recbench.api.Kind;
import org.recbench.api.Metric;
import org.recbench.protocol.population.PopulationDynamics;
import org.recbench.protocol.population.PopulationProtocol;

/**
 * The metrics of the population plugin, read from the environment's live states (and for θ̂ and
 * the simplex from the policy's {@link PopulationProtocol#ESTIMATE}) at checkpoints only: their
 * {@code record} does nothing, their memory is O(Nq), independent of the horizon. Definitions in
 * {@link org.recbench.population.indices.PreferenceIndices} and the module README.
 */
public final class PopulationMetrics {

  /** {@code population.preference-shares}: the share of users preferring each product. */
  public static final ComponentType<Metric<?, ?, ?>> SHARES = ComponentType.metric(
      Descriptor.builder(Kind.METRIC, "population.preference-shares", PopulationProtocol.PROTOCOL)
          .description("share of users whose preferred product argmax_k w_k^T y_n is k (Fig. 4)")
          .requires(PopulationProtocol.STATE, PopulationProtocol.DYNAMICS)
          .values(0.0, 1.0)
          .vector()
          .build(),
      (params, rng, capabilities) -> new PreferenceSharesMetric(
          capabilities.require(PopulationProtocol.STATE),
          capabilities.require(PopulationProtocol.DYNAMICS).population().products()));

  /** {@code population.consensus}: the largest preference share. */
  public static final ComponentType<Metric<?, ?, ?>> CONSENSUS = ComponentType.metric(
      Descriptor.builder(Kind.METRIC, "population.consensus", PopulationProtocol.PROTOCOL)
          .description("consensus index: the share of users preferring the plurality product")
          .requires(PopulationProtocol.STATE, PopulationProtocol.DYNAMICS)
          .direction(Direction.NEUTRAL)
          .values(0.0, 1.0)
          .build(),
      (params, rng, capabilities) -> new ConsensusMetric(
          capabilities.require(PopulationProtocol.STATE),
          capabilities.require(PopulationProtocol.DYNAMICS).population().products()));

  /** {@code population.polarization}: mean pairwise distance of preference directions. */
  public static final ComponentType<Metric<?, ?, ?>> POLARIZATION = ComponentType.metric(
      Descriptor.builder(Kind.METRIC, "population.polarization", PopulationProtocol.PROTOCOL)
          .description("polarization index: mean over user pairs of |y_n/|y_n| - y_m/|y_m||/2")
          .requires(PopulationProtocol.STATE)
          .direction(Direction.NEUTRAL)
          .values(0.0, 1.0)
          .build(),
      (params, rng, capabilities) -> new PolarizationMetric(
          capabilities.require(PopulationProtocol.STATE)));

  /** {@code population.estimation-error}: ‖θ̂ − θ(y)‖. */
  public static final ComponentType<Metric<?, ?, ?>> ESTIMATION_ERROR = ComponentType.metric(
      Descriptor.builder(Kind.METRIC, "population.estimation-error", PopulationProtocol.PROTOCOL)
          .description("|theta-hat - theta(y)|: the policy's estimate against the true theta of"
              + " the current population state")
          .requires(PopulationProtocol.ESTIMATE, PopulationProtocol.STATE,
              PopulationProtocol.DYNAMICS)
          .direction(Direction.LOWER_IS_BETTER)
          .nonNegative()
          .build(),
      (params, rng, capabilities) -> new EstimationErrorMetric(
          capabilities.require(PopulationProtocol.ESTIMATE),
          capabilities.require(PopulationProtocol.STATE),
          capabilities.require(PopulationProtocol.DYNAMICS).population()));

  /** {@code population.states}: every user's preference state. */
  public static final ComponentType<Metric<?, ?, ?>> STATES = ComponentType.metric(
      Descriptor.builder(Kind.METRIC, "population.states", PopulationProtocol.PROTOCOL)
          .description("every user's preference state y_n (N x q entries)")
          .requires(PopulationProtocol.STATE)
          .vector()
          .build(),
      (params, rng, capabilities) -> new UserStatesMetric(
          capabilities.require(PopulationProtocol.STATE)));

  /** {@code population.simplex}: every user's point p(y_n) of the probability simplex. */
  public static final ComponentType<Metric<?, ?, ?>> SIMPLEX = ComponentType.metric(
      Descriptor.builder(Kind.METRIC, "population.simplex", PopulationProtocol.PROTOCOL)
          .description("every user's simplex point p_k(y_n) = softmax_k(a w_k^T y_n) with the"
              + " policy's a (Fig. 3; N x K entries)")
          .requires(PopulationProtocol.STATE, PopulationProtocol.DYNAMICS,
              PopulationProtocol.ESTIMATE)
          .values(0.0, 1.0)
          .vector()
          .build(),
      (params, rng, capabilities) -> {
        PopulationDynamics dynamics = capabilities.require(PopulationProtocol.DYNAMICS);
        return new SimplexMetric(capabilities.require(PopulationProtocol.STATE),
            dynamics.population().products(),
            capabilities.require(PopulationProtocol.ESTIMATE).inverseTemperature());
      });

  private PopulationMetrics() {}

  /** Every metric type, in documentation order. */
  public static List<ComponentType<Metric<?, ?, ?>>> all() {
    return List.of(SHARES, CONSENSUS, POLARIZATION, ESTIMATION_ERROR, STATES, SIMPLEX);
  }

  /** "product 1" … "product K". */
  static List<String> productLabels(int products) {
    List<String> labels = new ArrayList<>();
    for (int k = 0; k < products; k++) {
      labels.add("product " + (k + 1));
    }
    return labels;
  }

  /** "user 1 " + suffix 1 … "user N " + suffix m: user-major, 1-based. */
  static List<String> userLabels(int users, int entries, String suffix) {
    List<String> labels = new ArrayList<>();
    for (int n = 0; n < users; n++) {
      for (int j = 0; j < entries; j++) {
        labels.add(userLabel(n, suffix, j));
      }
    }
    return labels;
  }

  /** The label of entry {@code j} of user {@code n} (both 0-based), e.g. "user 2 p3". */
  public static String userLabel(int n, String suffix, int j) {
    return "user " + (n + 1) + " " + suffix + (j + 1);
  }
}
