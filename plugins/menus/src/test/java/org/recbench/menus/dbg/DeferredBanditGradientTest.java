package org.recbench.menus.dbg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.recbench.menus.MenusPlugin;
import org.recbench.menus.simplex.ConvexProjection;
import org.recbench.testkit.PluginTestKit;
import org.recbench.testkit.TrialOutcome;

class DeferredBanditGradientTest {

  /** The whole space (no projection), so the iterate's moves are the raw gradient steps. */
  private static final ConvexProjection NONE = (y, out) -> System.arraycopy(y, 0, out, 0, y.length);

  @Test
  void eachStepIsTheMeanOfTheLastDImportanceWeightedEstimates() {
    int n = 4;
    int d = 3;
    double eta = 0.01;
    double xi = 0.2;
    DeferredBanditGradient dbg = new DeferredBanditGradient(n,
        new DeferredBanditGradient.Settings(eta, xi, d), NONE);
    SplittableRandom random = new SplittableRandom(1);
    int rounds = 20;
    int[] items = new int[rounds];
    double[] estimates = new double[rounds];
    double[] before = new double[n];
    for (int t = 0; t < rounds; t++) {
      for (int i = 0; i < n; i++) {
        before[i] = (dbg.target()[i] - xi / n) / (1 - xi);
      }
      items[t] = random.nextInt(n);
      double reward = random.nextDouble();
      double p = 0.1 + 0.5 * random.nextDouble();
      estimates[t] = reward / p;
      dbg.update(items[t], reward, p);
      double[] expectedStep = new double[n];
      for (int s = Math.max(0, t - d + 1); s <= t; s++) {
        expectedStep[items[s]] += eta * estimates[s] / d;
      }
      for (int i = 0; i < n; i++) {
        double after = (dbg.target()[i] - xi / n) / (1 - xi);
        assertThat(after - before[i]).as("round %s item %s", t, i)
            .isCloseTo(expectedStep[i], within(1e-12));
      }
    }
    assertThat(dbg.pending()).isEqualTo(d);
  }

  @Test
  void playedPointMixesTheIterateWithUniformExploration() {
    DeferredBanditGradient dbg = new DeferredBanditGradient(5,
        new DeferredBanditGradient.Settings(0.5, 0.25, 1), NONE);
    dbg.update(2, 1.0, 0.5);
    double[] x = dbg.target();
    assertThat(x[2]).isCloseTo(0.75 * (0.2 + 0.5 * 2) + 0.05, within(1e-12));
    assertThat(x[0]).isCloseTo(0.75 * 0.2 + 0.05, within(1e-12));
  }

  /**
   * With equal constant scores the capped simplex {x_i ≤ 1/k} is exactly IRD = EIRD and its best
   * point puts 1/k on the k best items, so DBG's pseudo-regret against it must shrink per round
   * as T grows (mean over 4 seeds, through the harness), and its targets are realised exactly.
   */
  @Test
  void dbgMenusRegretPerRoundFallsOnEqualScores() {
    double[] perRound = new double[2];
    long[] horizons = {1_000, 20_000};
    for (int h = 0; h < 2; h++) {
      List<TrialOutcome> runs = PluginTestKit.of(new MenusPlugin())
          .trial("menus.discounted", "menus.dbg")
          .environmentParams(Map.of("items", 6, "menu-size", 2, "rounds", horizons[h],
              "gamma", 1.0, "preferences", "constant", "lambda", 1.0,
              "means", new double[] {0.9, 0.2, 0.5, 0.7, 0.3, 0.4}))
          .metric("menus.regret-eird").metric("menus.choice-distance")
          .episodes(1).seeds(4).run();
      for (TrialOutcome run : runs) {
        assertThat(run.lastVector("menus.choice-distance").value(0)).isLessThan(1e-9);
      }
      double[] regret = TrialOutcome.finalValues(runs, "menus.regret-eird");
      perRound[h] = Arrays.stream(regret).average().orElseThrow() / horizons[h];
    }
    assertThat(perRound[0]).isPositive();
    assertThat(perRound[1]).as("per-round regret %s", Arrays.toString(perRound))
        .isLessThan(0.5 * perRound[0]);
  }

  @Test
  void settingsAreValidated() {
    assertThatThrownBy(() -> new DeferredBanditGradient.Settings(0, 0.1, 1)).hasMessageContaining("step size");
    assertThatThrownBy(() -> new DeferredBanditGradient.Settings(0.1, 1, 1)).hasMessageContaining("exploration");
    assertThatThrownBy(() -> new DeferredBanditGradient.Settings(0.1, 0.1, 0)).hasMessageContaining("deferral");
    DeferredBanditGradient.Settings d = DeferredBanditGradient.Settings.defaults(10, 10_000);
    assertThat(d.exploration()).isCloseTo(0.1, within(1e-12));
    assertThat(d.deferral()).isEqualTo(10);
  }
}
