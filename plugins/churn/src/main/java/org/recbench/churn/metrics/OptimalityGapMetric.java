package org.recbench.churn.metrics;

import org.recbench.api.ComponentType;
import org.recbench.api.ConfigurationException;
import org.recbench.api.Descriptor;
import org.recbench.api.Direction;
import org.recbench.api.Kind;
import org.recbench.api.Metric;
import org.recbench.api.StandardCapabilities;
import org.recbench.api.Step;
import org.recbench.protocol.session.ChurnModel;
import org.recbench.protocol.session.Reaction;
import org.recbench.protocol.session.Recommendation;
import org.recbench.protocol.session.SessionObservation;
import org.recbench.protocol.session.SessionProtocol;
import org.recbench.churn.bnb.BranchAndBound;
import org.recbench.churn.dp.MultisetDynamicProgram;
import org.recbench.churn.model.ChurnInstance;
import org.recbench.churn.plan.PlannerTypes;

/**
 * {@code churn.optimality-gap}: V*(q) minus the mean number of likes per completed session. V*(q)
 * is computed once per run and instance (shared by the trials), exact up to {@value #EPSILON}:
 * with {@link BranchAndBound}, and when its search does not end within {@value #NODE_BUDGET}
 * prefixes, with {@link MultisetDynamicProgram}, whose lattice stays small when there are few
 * categories. The gap carries Monte-Carlo noise and can be
 * slightly negative for an optimal policy.
 *
 * <p><b>Size limit.</b> At most {@value #MAX_CELLS} cells (U × A), and one of the two solvers must
 * certify V* within its budget ({@value #NODE_BUDGET} prefixes or multisets); otherwise the
 * metric's factory fails with a {@link ConfigurationException} saying so. NaN before the first
 * session ends.
 */
public final class OptimalityGapMetric
    implements Metric<SessionObservation, Recommendation, Reaction> {

  /** Component id. */
  public static final String ID = "churn.optimality-gap";
  /** Largest U × A accepted. */
  public static final int MAX_CELLS = 64;
  /** Largest number of B&amp;B prefixes spent on V*. */
  public static final long NODE_BUDGET = 2_000_000;
  /** ε of the B&amp;B run computing V*. */
  public static final double EPSILON = 1e-9;

  private final double optimum;
  private double completedLikes;
  private double sessionLikes;
  private long sessions;

  /** A metric measuring against the optimal value {@code optimum}. */
  public OptimalityGapMetric(double optimum) {
    this.optimum = optimum;
  }

  /** The component type. */
  public static ComponentType<Metric<?, ?, ?>> type() {
    Descriptor descriptor = Descriptor.builder(Kind.METRIC, ID, SessionProtocol.PROTOCOL)
        .description("exact optimal value V*(q) minus the mean likes per session (small instances)")
        .requires(SessionProtocol.CHURN_MODEL, StandardCapabilities.SHARED_WORK)
        .direction(Direction.LOWER_IS_BETTER)
        .unit(PlannerTypes.LIKES)
        .build();
    return ComponentType.metric(descriptor, (params, rng, capabilities) -> {
      ChurnModel model = capabilities.require(SessionProtocol.CHURN_MODEL);
      double optimum = capabilities.get(StandardCapabilities.SHARED_WORK)
          .map(shared -> shared.<Double>computeIfAbsent(new OptimumKey(model),
              () -> optimum(model)))
          .orElseGet(() -> optimum(model));
      return new OptimalityGapMetric(optimum);
    });
  }

  /** The shared-work key of V*(q) for {@code model}. */
  private record OptimumKey(ChurnModel model) {}

  /** V*(q), or a {@link ConfigurationException} when the instance is too large to solve. */
  public static double optimum(ChurnModel model) {
    int cells = model.types() * model.categories();
    if (cells > MAX_CELLS) {
      throw new ConfigurationException(ID + " solves instances of at most " + MAX_CELLS
          + " cells (types x categories) exactly; this one has " + model.types() + " x "
          + model.categories() + " = " + cells);
    }
    ChurnInstance instance = ChurnInstance.of(model);
    BranchAndBound.Result search = BranchAndBound.solve(instance, new BranchAndBound.Settings(
        EPSILON, NODE_BUDGET, 0, BranchAndBound.Order.DEPTH_FIRST));
    if (search.complete()) {
      return search.plan().value();
    }
    if (model.categories() <= MultisetDynamicProgram.MAX_CATEGORIES) {
      MultisetDynamicProgram.Result lattice = MultisetDynamicProgram.solve(instance,
          new MultisetDynamicProgram.Settings(
              MultisetDynamicProgram.maxDepth(model.categories()), EPSILON, NODE_BUDGET));
      if (lattice.complete()) {
        return lattice.plan().value();
      }
    }
    throw new ConfigurationException(ID + " could not solve the " + model.types() + " x "
        + model.categories() + " instance exactly: neither branch and bound nor the multiset DP "
        + "certified V* within " + NODE_BUDGET + " nodes");
  }

  @Override
  public void record(Step<SessionObservation, Recommendation, Reaction> step) {
    sessionLikes += step.outcome().reward();
  }

  @Override
  public void endEpisode(int episode, int length) {
    completedLikes += sessionLikes;
    sessionLikes = 0;
    sessions++;
  }

  @Override
  public double value() {
    return sessions == 0 ? Double.NaN : optimum - completedLikes / sessions;
  }
}
