package org.recbench.menus.metrics;

import java.util.List;
import org.recbench.api.ComponentType;
import org.recbench.api.Descriptor;
import org.recbench.api.Kind;
import org.recbench.api.Metric;
import org.recbench.api.Step;
import org.recbench.api.VectorMetric;
import org.recbench.menus.memory.DiscountedMemory;
import org.recbench.menus.regret.ChoiceDistance;
import org.recbench.protocol.menu.AgentAssumptions;
import org.recbench.protocol.menu.ChoiceTarget;
import org.recbench.protocol.menu.Menu;
import org.recbench.protocol.menu.MenuFeedback;
import org.recbench.protocol.menu.MenuObservation;
import org.recbench.protocol.menu.MenuProtocol;
import org.recbench.protocol.menu.PreferenceModel;

/**
 * {@code menus.choice-distance}: how well a targeting policy realises its targets. In every
 * round where the policy aimed at a choice distribution x_t ({@link ChoiceTarget}), the total
 * variation distance ½ Σ_i |x_t,i − q_t,i| to the distribution q_t its menu distribution
 * induces for the agent's true scores f(v_t) — the perturbation of Theorem 1, which Lemma 6
 * bounds by the score error. The metric tracks v_t itself from the assumptions (γ, v_1) and the
 * chosen items, so it needs no access to the environment's state. Entries: {@code tv}, the mean
 * distance over targeted rounds (NaN before the first), and {@code targeted}, the share of
 * rounds that had a target (the rest went to burn-in and learning stages).
 */
public final class ChoiceDistanceMetric
    implements VectorMetric<MenuObservation, Menu, MenuFeedback> {

  /** The component type. */
  public static final ComponentType<Metric<?, ?, ?>> TYPE = ComponentType.metric(
      Descriptor.builder(Kind.METRIC, "menus.choice-distance", MenuProtocol.PROTOCOL)
          .description("mean TV distance between targeted and realised choice distribution "
              + "(tv) and the share of rounds with a target (targeted)")
          .requires(MenuProtocol.CHOICE_TARGET, MenuProtocol.PREFERENCE_MODEL,
              MenuProtocol.AGENT_ASSUMPTIONS)
          .vector()
          .values(0.0, 1.0)
          .build(),
      (params, rng, capabilities) -> new ChoiceDistanceMetric(
          capabilities.require(MenuProtocol.CHOICE_TARGET),
          capabilities.require(MenuProtocol.PREFERENCE_MODEL),
          capabilities.require(MenuProtocol.AGENT_ASSUMPTIONS)));

  private static final List<String> LABELS = List.of("tv", "targeted");

  private final ChoiceTarget policy;
  private final PreferenceModel preferences;
  private final DiscountedMemory memory;
  private final double[] scores;
  private final double[] targeted;
  private final double[] induced;
  private double distance;
  private long targetedRounds;
  private long rounds;

  ChoiceDistanceMetric(ChoiceTarget policy, PreferenceModel preferences,
      AgentAssumptions assumptions) {
    this.policy = policy;
    this.preferences = preferences;
    this.memory = new DiscountedMemory(assumptions.gamma(), assumptions.initialMemory(),
        assumptions.initialWeight());
    int n = preferences.items();
    this.scores = new double[n];
    this.targeted = new double[n];
    this.induced = new double[n];
  }

  @Override
  public void startEpisode(int episode) {
    memory.reset();
  }

  @Override
  public void record(Step<MenuObservation, Menu, MenuFeedback> step) {
    rounds++;
    if (policy.targeted(targeted)) {
      preferences.scores(memory.vector(), scores);
      policy.induced(scores, induced);
      distance += ChoiceDistance.totalVariation(targeted, induced);
      targetedRounds++;
    }
    memory.select(step.outcome().feedback().item());
  }

  @Override
  public List<String> labels() {
    return LABELS;
  }

  @Override
  public void values(double[] into) {
    into[0] = targetedRounds == 0 ? Double.NaN : distance / targetedRounds;
    into[1] = rounds == 0 ? Double.NaN : (double) targetedRounds / rounds;
  }
}
