package org.recbench.churn.plan;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.recbench.api.Capabilities;
import org.recbench.api.Params;
import org.recbench.api.SharedWork;
import org.recbench.api.StandardCapabilities;
import org.recbench.protocol.session.ChurnModel;

/**
 * Deterministic plans computed once per run and instance. A planner's plan is a pure function of
 * its parameters and the instance (q, P), so the first caller — the policy type's analysis, run
 * before the trials, or the first trial of an instance drawn per seed — computes it through the
 * harness's {@link SharedWork}, and every later trial with an equal key plays the same plan and
 * reports the original planning cost marked {@linkplain PlanningCost#reused() reused}. Without
 * shared work (a factory called outside the harness) the caller plans itself.
 */
public final class SharedPlans {

  /**
   * What a plan depends on.
   *
   * @param planner the planner's component id
   * @param params every parameter of the planner configuration (scalars)
   * @param model the instance
   */
  public record Key(String planner, Map<String, Object> params, ChurnModel model) {

    /** Copies the parameters. */
    public Key {
      params = Map.copyOf(params);
    }

    /** The key of {@code planner} with {@code params} on {@code model}. */
    public static Key of(String planner, Params params, ChurnModel model) {
      return new Key(planner, params.asMap(), model);
    }
  }

  /**
   * A planner's result and what computing it cost.
   *
   * @param result what the planner returned
   * @param cost its wall time and nodes, and whether the caller reused it
   * @param <R> result type
   */
  public record Planned<R>(R result, PlanningCost cost) {}

  private SharedPlans() {}

  /**
   * The plan of {@code key}: computed by {@code planner} if no caller of this run did before
   * (cost as measured), otherwise the earlier result with its cost marked reused.
   */
  public static <R> Planned<R> obtain(Capabilities capabilities, Key key,
      Supplier<Planned<R>> planner) {
    Optional<SharedWork> shared = capabilities.get(StandardCapabilities.SHARED_WORK);
    if (shared.isEmpty()) {
      return planner.get();
    }
    boolean[] computed = {false};
    Planned<R> planned = shared.get().computeIfAbsent(key, () -> {
      computed[0] = true;
      return planner.get();
    });
    return computed[0] ? planned : new Planned<>(planned.result(), planned.cost().asReused());
  }
}
