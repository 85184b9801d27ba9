package org.recbench.menus.metrics;

import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Direction;
import org.recbench.api.Kind;
import org.recbench.api.Metric;
import org.recbench.api.ParamSpec;
import org.recbench.api.StandardCapabilities;
import org.recbench.api.Step;
import org.recbench.menus.regret.SmoothedSimplexBest;
import org.recbench.protocol.menu.Menu;
import org.recbench.protocol.menu.MenuFeedback;
import org.recbench.protocol.menu.MenuObservation;
import org.recbench.protocol.menu.MenuProtocol;

/**
 * {@code menus.regret-smoothed}: pseudo-regret against the best fixed choice distribution in the
 * δ-smoothed simplex Δ_δ in hindsight (Definition 4, the target set of Theorems 3 and 5),
 * max_{x∈Δ_δ} ⟨x, R⟩ − Σ_t E[r_t(i_t) | M_t, v_t] = (1 − δ) max_i R_i + δ mean_i R_i − earned,
 * with R = Σ_t μ_t the expected rewards of the game so far (closed form,
 * {@link SmoothedSimplexBest}). O(n) per step, n numbers of memory.
 */
public final class SmoothedRegret implements Metric<MenuObservation, Menu, MenuFeedback> {

  /** The component type. */
  public static final ComponentType<Metric<?, ?, ?>> TYPE = ComponentType.metric(
      Descriptor.builder(Kind.METRIC, "menus.regret-smoothed", MenuProtocol.PROTOCOL)
          .description("regret against the best fixed distribution in the delta-smoothed "
              + "simplex in hindsight: (1-delta) max_i R_i + delta mean_i R_i - earned")
          .requires(MenuProtocol.REWARD_SEQUENCE, StandardCapabilities.EXPECTED_REWARDS)
          .param(ParamSpec.number("delta", 0.1, "smoothing delta of the target set")
              .range(0.0, 1.0))
          .direction(Direction.LOWER_IS_BETTER)
          .build(),
      (params, rng, capabilities) -> {
        double delta = params.getDouble("delta");
        return new SmoothedRegret(new HindsightTotals(
            capabilities.require(MenuProtocol.REWARD_SEQUENCE),
            cumulative -> SmoothedSimplexBest.value(cumulative, delta)));
      });

  private final HindsightTotals totals;

  SmoothedRegret(HindsightTotals totals) {
    this.totals = totals;
  }

  @Override
  public void startEpisode(int episode) {
    totals.startEpisode();
  }

  @Override
  public void record(Step<MenuObservation, Menu, MenuFeedback> step) {
    totals.record(step);
  }

  @Override
  public void endEpisode(int episode, int length) {
    totals.endEpisode();
  }

  @Override
  public double value() {
    return totals.value();
  }
}
