package org.recbench.menus.metrics;

import java.util.List;
import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Direction;
import org.recbench.api.Kind;
import org.recbench.api.Metric;
import org.recbench.api.ParamSpec;
import org.recbench.api.StandardCapabilities;
import org.recbench.api.Step;
import org.recbench.menus.regret.EirdBest;
import org.recbench.protocol.menu.Menu;
import org.recbench.protocol.menu.MenuFeedback;
import org.recbench.protocol.menu.MenuObservation;
import org.recbench.protocol.menu.MenuProtocol;
import org.recbench.protocol.menu.PreferenceModel;
import org.recbench.protocol.menu.RewardSequence;

/**
 * {@code menus.regret-eird}: pseudo-regret against the best fixed distribution in EIRD in
 * hindsight (the target set of Theorem 2), max_{x∈EIRD} ⟨x, R⟩ − Σ_t E[r_t(i_t) | M_t, v_t].
 * The comparator is the linear program of {@link EirdBest}: by Lemma 1, x ∈ IRD(v) iff
 * k x_i / f_i(v) ≤ Σ_j x_j / f_j(v) for every i, imposed at the n vertices, the uniform memory
 * and {@code memory-samples} further memories (a deterministic low-discrepancy set, so every
 * policy on a seed faces the same comparator). Per step the
 * metric only adds μ_t to R (n numbers); the LP runs when the value is read (at checkpoints and
 * at the end of each game), so memory and per-step cost do not grow with the horizon. Exact for
 * constant and smooth (1/affine) preferences; otherwise the sampled set contains EIRD and the
 * regret is an upper bound.
 */
public final class EirdRegret implements Metric<MenuObservation, Menu, MenuFeedback> {

  /** The component type. */
  public static final ComponentType<Metric<?, ?, ?>> TYPE = ComponentType.metric(
      Descriptor.builder(Kind.METRIC, "menus.regret-eird", MenuProtocol.PROTOCOL)
          .description("regret against the best fixed distribution in EIRD in hindsight (LP "
              + "over the menu-time constraints at sampled memories)")
          .requires(MenuProtocol.PREFERENCE_MODEL, MenuProtocol.REWARD_SEQUENCE,
              StandardCapabilities.EXPECTED_REWARDS)
          .param(ParamSpec.integer("memory-samples", 0, "memory vectors whose IRD constraints "
              + "enter the LP besides the vertices and the uniform memory (0: exact for "
              + "constant and smooth preferences)").range(0.0, 100_000.0))
          .direction(Direction.LOWER_IS_BETTER)
          .build(),
      (params, rng, capabilities) -> {
        PreferenceModel model = capabilities.require(MenuProtocol.PREFERENCE_MODEL);
        return new EirdRegret(capabilities.require(MenuProtocol.REWARD_SEQUENCE),
            EirdBest.sampleScores(model, params.getInt("memory-samples")));
      });

  private final List<double[]> scoreSamples;
  private final HindsightTotals totals;
  private int menuSize;

  EirdRegret(RewardSequence rewards, List<double[]> scoreSamples) {
    this.scoreSamples = scoreSamples;
    this.totals = new HindsightTotals(rewards, this::best);
  }

  private double best(double[] cumulative) {
    return EirdBest.solve(cumulative, menuSize, scoreSamples).value();
  }

  @Override
  public void startEpisode(int episode) {
    totals.startEpisode();
  }

  @Override
  public void record(Step<MenuObservation, Menu, MenuFeedback> step) {
    menuSize = step.observation().menuSize();
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
