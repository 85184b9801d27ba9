package org.recbench.menus.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recbench.menus.MenusPlugin;
import org.recbench.menus.MenusTestPlugin;
import org.recbench.testkit.PluginTestKit;
import org.recbench.testkit.TrialOutcome;

/** {@code menus.discounted} through the real harness. */
class DiscountedMenusTest {

  private static final PluginTestKit KIT = PluginTestKit.of(new MenusPlugin(),
      new MenusTestPlugin());

  @TempDir
  Path dir;

  private static TrialOutcome fixedMenu(double[] menu) {
    return KIT.trial("menus.discounted", "test.fixed-menu")
        .environmentParams(Map.of("items", 5, "menu-size", 3))
        .policyParam("items", menu)
        .horizon(10)
        .runOne();
  }

  @Test
  void aMenuOfTheWrongSizeFailsTheTrialSayingWhatWasExpected() {
    TrialOutcome outcome = fixedMenu(new double[] {0, 1});
    assertThat(outcome.ok()).isFalse();
    assertThat(outcome.error()).contains("menus.discounted, round 0")
        .contains("a menu must hold exactly k = 3 items, got 2").contains("Menu[0, 1]");
  }

  @Test
  void aMenuWithARepeatedItemFailsTheTrialSayingWhatWasExpected() {
    TrialOutcome outcome = fixedMenu(new double[] {0, 4, 4});
    assertThat(outcome.ok()).isFalse();
    assertThat(outcome.error()).contains("menu repeats item 4")
        .contains("k = 3 distinct items");
    assertThat(fixedMenu(new double[] {0, 1, 5}).error()).contains("menu item 5 is not in [0, 5)");
    assertThat(fixedMenu(new double[] {0, 1, 4}).ok()).isTrue();
  }

  @Test
  void aMalformedRewardFileFailsTheTrialNamingFileAndLine() throws IOException {
    Path file = dir.resolve("rewards.csv");
    Files.writeString(file, "# three items\n0.1,0.2,0.3\n0.4,0.5\n");
    TrialOutcome outcome = KIT.trial("menus.discounted", "menus.random")
        .environmentParams(Map.of("items", 3, "rewards", "csv", "file", file.toString()))
        .horizon(5).runOne();
    assertThat(outcome.ok()).isFalse();
    assertThat(outcome.error()).contains(file + ":3: expected 3 comma-separated rewards");
    Files.writeString(file, "0.1,0.2,0.3,0.4\n");
    assertThat(KIT.trial("menus.discounted", "menus.random")
        .environmentParams(Map.of("items", 3, "rewards", "csv", "file", file.toString()))
        .horizon(5).runOne().error()).contains(file + ":1: expected 3 comma-separated rewards (one "
            + "per item), found 4");
  }

  @Test
  void aMissingRewardFileSkipsTheConfigurationNamingTheFile() {
    Path missing = dir.resolve("absent.csv");
    assertThatThrownBy(() -> KIT.trial("menus.discounted", "menus.random")
        .environmentParams(Map.of("items", 3, "rewards", "csv", "file", missing.toString()))
        .plan())
        .hasMessageContaining("absent.csv").hasMessageContaining("not found");
  }

  @Test
  void constraintsBetweenParametersAreReportedAtTheParameter() {
    assertThatThrownBy(() -> KIT.trial("menus.discounted", "menus.random")
        .environmentParams(Map.of("items", 4, "menu-size", 5)).plan())
        .hasMessageContaining("menu-size").hasMessageContaining("exceeds the number of items n = 4");
    assertThatThrownBy(() -> KIT.trial("menus.discounted", "menus.random")
        .environmentParams(Map.of("gamma", 0.9, "memory-exponent", 0.5)).plan())
        .hasMessageContaining("memory-exponent").hasMessageContaining("cannot be combined");
    assertThatThrownBy(() -> KIT.trial("menus.discounted", "menus.random")
        .environmentParams(Map.of("preferences", "constant", "lambda", 0.5,
            "scores", new double[] {1, 1, 1, 1, 1, 0.2})).plan())
        .hasMessageContaining("scores").hasMessageContaining("below the score floor lambda = 0.5");
    assertThatThrownBy(() -> KIT.trial("menus.discounted", "menus.random")
        .environmentParams(Map.of("rewards", "switching", "means", new double[6])).plan())
        .hasMessageContaining("means").hasMessageContaining("stochastic rewards only");
    assertThatThrownBy(() -> KIT.trial("menus.discounted", "menus.random")
        .environmentParams(Map.of("rewards", "csv")).plan())
        .hasMessageContaining("'csv' needs the parameter 'file'");
    assertThatThrownBy(() -> KIT.trial("menus.discounted", "menus.random")
        .environmentParams(Map.of("gamma", 0)).plan())
        .hasMessageContaining("gamma").hasMessageContaining("(0, 1]");
  }

  /**
   * The myopic oracle plays the per-step best menu that the environment reports, so its regret
   * against it is zero, for every preference family and reward sequence (a test of
   * {@code BestMenu}, of the oracle's memory tracking and of the order of the step: expected
   * rewards are taken before the memory moves). The trials span two and a half games, so the
   * memory must also start afresh with every game, for the agent and the oracle alike.
   */
  @Test
  void theOracleHasNoRegretAgainstThePerStepBestMenu() {
    for (String preferences : List.of("constant", "linear", "smooth", "scale-bounded")) {
      for (String rewards : List.of("stochastic", "switching", "oblivious")) {
        double gamma = rewards.equals("oblivious") ? 0.7 : 0.99;
        List<TrialOutcome> runs = KIT.trial("menus.discounted", "menus.oracle")
            .environmentParams(Map.of("items", 7, "menu-size", 3, "rounds", 500, "gamma", gamma,
                "preferences", preferences, "rewards", rewards, "period", 100))
            .metric("regret").horizon(1_250).seeds(3).run();
        for (double regret : TrialOutcome.finalValues(runs, "regret")) {
          assertThat(regret).as("%s, %s", preferences, rewards).isCloseTo(0, within(1e-9));
        }
      }
    }
  }

  /**
   * With constant preferences IRD(v) = EIRD is the convex hull of the single menus' choice
   * distributions, so a linear objective is maximised by one menu: on stationary rewards the
   * best menu every round earns exactly the EIRD best in hindsight. The oracle's EIRD regret is
   * therefore zero, which ties the environment's best menu to the LP of the EIRD metric.
   */
  @Test
  void onConstantPreferencesTheOracleEarnsTheEirdBestInHindsight() {
    List<TrialOutcome> runs = KIT.trial("menus.discounted", "menus.oracle")
        .environmentParams(Map.of("items", 6, "menu-size", 2, "rounds", 2000,
            "preferences", "constant", "lambda", 0.2))
        .metric("menus.regret-eird").episodes(1).seeds(5).run();
    for (double regret : TrialOutcome.finalValues(runs, "menus.regret-eird")) {
      assertThat(regret).isCloseTo(0, within(1e-6));
    }
  }

  /**
   * The realised reward of the chosen item averages to the expected reward the environment
   * reports, Σ_{i∈M} f_i μ_i / Σ_{j∈M} f_j: over 40 seeds their mean difference lies within four
   * standard errors of 0.
   */
  @Test
  void realisedRewardsAverageToTheReportedExpectedRewards() {
    List<TrialOutcome> runs = KIT.trial("menus.discounted", "menus.random")
        .environmentParams(Map.of("items", 6, "menu-size", 3, "rounds", 400, "gamma", 0.9,
            "preferences", "scale-bounded"))
        .metric("test.expected-reward").episodes(1).seeds(40).run();
    double[] realised = TrialOutcome.finalValues(runs, "reward");
    double[] expected = TrialOutcome.finalValues(runs, "test.expected-reward");
    double[] difference = new double[realised.length];
    for (int s = 0; s < realised.length; s++) {
      difference[s] = realised[s] - expected[s];
    }
    double mean = Arrays.stream(difference).average().orElseThrow();
    double sd = Math.sqrt(Arrays.stream(difference).map(d -> (d - mean) * (d - mean)).sum()
        / (difference.length - 1));
    assertThat(sd).isPositive();
    assertThat(Math.abs(mean)).isLessThan(4 * sd / Math.sqrt(difference.length));
  }

  @Test
  void feedbackIsTheChosenItemAndItsRewardFromTheSequence() throws IOException {
    Path file = dir.resolve("table.csv");
    Files.writeString(file, "0,0.25,0.5,1\n# a comment\n\n1,0.75,0.5,0\n0.1,0.2,0.3,0.4\n");
    for (Map<String, Object> rewards : List.of(Map.<String, Object>of("rewards", "csv", "file",
        file.toString()), Map.<String, Object>of("rewards", "switching", "period", 7),
        Map.<String, Object>of("rewards", "oblivious"), Map.<String, Object>of())) {
      TrialOutcome outcome = KIT.trial("menus.discounted", "menus.random")
          .environmentParams(Map.of("items", 4, "menu-size", 2, "rounds", 50))
          .environmentParams(rewards).metric("test.feedback-errors").horizon(120).runOne();
      assertThat(outcome.last("test.feedback-errors")).as("%s", rewards).isZero();
    }
  }

  @Test
  void aTrialIsAPureFunctionOfItsSeed() {
    double[][] twice = new double[2][];
    for (int run = 0; run < 2; run++) {
      twice[run] = TrialOutcome.finalValues(KIT.trial("menus.discounted", "menus.eird")
          .environmentParams(Map.of("rounds", 3000, "gamma", 0.99))
          .metric("regret").episodes(1).seeds(3).run(), "regret");
    }
    assertThat(twice[1]).containsExactly(twice[0]);
    assertThat(twice[0][0]).isNotEqualTo(twice[0][1]);
  }
}
