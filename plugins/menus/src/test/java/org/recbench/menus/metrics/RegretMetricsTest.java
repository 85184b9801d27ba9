package org.recbench.menus.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recbench.menus.MenusPlugin;
import org.recbench.menus.MenusTestPlugin;
import org.recbench.testkit.PluginTestKit;
import org.recbench.testkit.TrialOutcome;

/**
 * The regret metrics against closed forms, through the harness: a fixed menu on stationary
 * rewards earns a known expected reward per round, and the comparators have closed forms.
 */
class RegretMetricsTest {

  private static final PluginTestKit KIT = PluginTestKit.of(new MenusPlugin(),
      new MenusTestPlugin());
  private static final double[] MEANS = {0.3, 0.9, 0.1, 0.6, 0.5};

  /**
   * k = 1: the agent takes the one item shown, so showing item 3 earns μ_3 per round, and
   * max_{x∈Δ_δ} ⟨x, Tμ⟩ = T((1 − δ) max μ + δ mean μ); every distribution is realisable, so the
   * EIRD best is T max μ.
   */
  @Test
  void aFixedItemHasTheClosedFormRegretOfBothComparators() {
    long rounds = 1_000;
    TrialOutcome outcome = KIT.trial("menus.discounted", "test.fixed-menu")
        .environmentParams(Map.of("items", 5, "menu-size", 1, "rounds", rounds, "gamma", 0.9,
            "preferences", "smooth", "means", MEANS))
        .policyParam("items", new double[] {3})
        .metric("menus.regret-smoothed", Map.of("delta", 0.2)).metric("menus.regret-eird")
        .episodes(1).runOne();
    double mean = (0.3 + 0.9 + 0.1 + 0.6 + 0.5) / 5;
    assertThat(outcome.last("menus.regret-smoothed[delta=0.2]"))
        .isCloseTo(rounds * (0.8 * 0.9 + 0.2 * mean - 0.6), within(1e-7));
    assertThat(outcome.last("menus.regret-eird")).isCloseTo(rounds * (0.9 - 0.6), within(1e-6));
  }

  /**
   * Equal scores, k = 2: the menu {0, 4} earns (μ_0 + μ_4)/2 per round, and EIRD is the capped
   * simplex {x_i ≤ 1/2}, whose best point splits the mass over the two best items.
   */
  @Test
  void aFixedMenuUnderEqualScoresHasTheClosedFormEirdRegret() {
    long rounds = 1_500;
    TrialOutcome outcome = KIT.trial("menus.discounted", "test.fixed-menu")
        .environmentParams(Map.of("items", 5, "menu-size", 2, "rounds", rounds,
            "preferences", "constant", "lambda", 1.0, "means", MEANS))
        .policyParam("items", new double[] {0, 4})
        .metric("menus.regret-eird").episodes(1).runOne();
    assertThat(outcome.last("menus.regret-eird"))
        .isCloseTo(rounds * ((0.9 + 0.6) / 2 - (0.3 + 0.5) / 2), within(1e-6));
  }

  /** Every game is compared with its own best in hindsight and the regrets add up. */
  @Test
  void regretsOfSeveralGamesAddUp() {
    long rounds = 400;
    TrialOutcome outcome = KIT.trial("menus.discounted", "test.fixed-menu")
        .environmentParams(Map.of("items", 5, "menu-size", 1, "rounds", rounds,
            "means", MEANS))
        .policyParam("items", new double[] {0})
        .metric("menus.regret-smoothed", Map.of("delta", 0.0)).metric("menus.regret-eird")
        .checkpoints(rounds, 2 * rounds + rounds / 2).horizon(3 * rounds).runOne();
    double perGame = rounds * (0.9 - 0.3);
    assertThat(outcome.at(rounds, "menus.regret-smoothed[delta=0]"))
        .isCloseTo(perGame, within(1e-7));
    assertThat(outcome.at(2 * rounds + rounds / 2, "menus.regret-eird"))
        .isCloseTo(2.5 * perGame, within(1e-6));
    assertThat(outcome.last("menus.regret-smoothed[delta=0]")).isCloseTo(3 * perGame,
        within(1e-7));
    // Every game replays the same (here time-varying) reward sequence from its round 0.
    TrialOutcome replay = KIT.trial("menus.discounted", "test.fixed-menu")
        .environmentParams(Map.of("items", 5, "menu-size", 1, "rounds", rounds,
            "rewards", "oblivious"))
        .policyParam("items", new double[] {0})
        .metric("menus.regret-smoothed", Map.of("delta", 0.0))
        .checkpoints(rounds).horizon(2 * rounds).runOne();
    double first = replay.at(rounds, "menus.regret-smoothed[delta=0]");
    assertThat(first).isPositive();
    assertThat(replay.last("menus.regret-smoothed[delta=0]")).isCloseTo(2 * first, within(1e-7));
  }

  /**
   * The choice-distance metric follows the agent's memory: with familiarity scores
   * f_i = λ + (1 − λ) v_i, two items, the menu {0, 1} and a memory of (almost) one round
   * (γ = 1e-9), the agent remembers only its last choice, so from the second round on the scores
   * are 1 and λ and the menu induces (1/(1 + λ), λ/(1 + λ)) against the targeted (½, ½): a
   * distance of (1 − λ)/(2(1 + λ)) = 1/6 for λ = ½. The first round of each of the two games
   * starts from the uniform memory, distance 0.
   */
  @Test
  void theChoiceDistanceIsMeasuredAtTheAgentsCurrentMemory() {
    long rounds = 600;
    TrialOutcome outcome = KIT.trial("menus.discounted", "test.fixed-menu-target")
        .environmentParams(Map.of("items", 2, "menu-size", 2, "rounds", rounds, "gamma", 1e-9,
            "preferences", "scale-bounded", "beta", 1.0, "lambda", 0.5))
        .policyParam("items", new double[] {0, 1})
        .metric("menus.choice-distance").episodes(2).runOne();
    double[] values = outcome.lastVector("menus.choice-distance").values();
    assertThat(values[0]).isCloseTo((rounds - 1) / (6.0 * rounds), within(1e-7));
    assertThat(values[1]).isEqualTo(1.0);
  }

  /** Every policy on a seed is judged against the same comparator (pairing across policies). */
  @Test
  void theEirdComparatorDoesNotDependOnThePolicy() {
    Map<String, Object> env = Map.of("items", 5, "menu-size", 2, "rounds", 300,
        "preferences", "scale-bounded");
    double[] byPolicy = new double[2];
    String[] menus = {"[0, 1]", "[2, 3]"};
    for (int p = 0; p < 2; p++) {
      TrialOutcome outcome = KIT.trial("menus.discounted", "test.fixed-menu")
          .environmentParams(env)
          .policyParam("items", p == 0 ? new double[] {0, 1} : new double[] {2, 3})
          .metric("menus.regret-eird", Map.of("memory-samples", 30))
          .metric("test.expected-reward").episodes(1).runOne();
      byPolicy[p] = outcome.last("menus.regret-eird[memory-samples=30]")
          + outcome.last("test.expected-reward");
      assertThat(outcome.ok()).as(menus[p]).isTrue();
    }
    assertThat(byPolicy[1]).isCloseTo(byPolicy[0], within(1e-9));
  }
}
