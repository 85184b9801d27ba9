package org.recbench.menus.eird;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.recbench.menus.TestOnlyPlayLoop;
import org.recbench.menus.agent.MenuAgent;
import org.recbench.menus.algorithm.MenuProblem;
import org.recbench.menus.memory.DiscountedMemory;
import org.recbench.menus.preference.SmoothRandomPreferences;
import org.recbench.menus.regret.EirdBest;
import org.recbench.menus.reward.StochasticRewards;

/**
 * Theorem 2's qualitative claim on a slow-memory instance: Algorithm 2's cumulative regret
 * against the EIRD best in hindsight grows sublinearly in T. Instance: n = 6, k = 2,
 * λ = (k−1)/(n−1) = 0.2, smooth random preferences with L = 1 (EIRD is then exactly the LP over
 * the vertices, so the comparator is exact), Bernoulli rewards with random means, and
 * effective memory horizon T^{3/4} (γ = 1 − T^{−3/4}, the long-memory regime c = 3/4). Regret
 * is the pseudo-regret T·max_{x∈EIRD} ⟨x, μ⟩ − Σ_t E[μ(i_t) | M_t, v_t], averaged over seeds.
 * The default run covers T = 10^3, 3·10^3, 10^4 (measured slope 0.70); {@code -Plong-horizon}
 * adds 3·10^4 and 10^5 (measured slope 0.65 over 10^3 … 10^5).
 */
class EirdRegretGrowthTest {

  private static final int N = 6;
  private static final int K = 2;
  private static final double LAMBDA = 0.2;
  private static final double LIPSCHITZ = 1.0;
  private static final int SEEDS = 4;

  private static double meanRegret(long horizon) {
    double gamma = 1 - Math.pow(horizon, -0.75);
    double total = 0;
    for (int seed = 0; seed < SEEDS; seed++) {
      SplittableRandom random = new SplittableRandom(7919L * seed + horizon);
      SmoothRandomPreferences model =
          SmoothRandomPreferences.random(N, LAMBDA, LIPSCHITZ, new SplittableRandom(seed));
      StochasticRewards rewards = StochasticRewards.random(N, new SplittableRandom(100 + seed));
      MenuProblem problem = MenuProblem.uniformStart(N, K, horizon, gamma);
      MenuAgent agent = new MenuAgent(model,
          new DiscountedMemory(gamma, problem.initialMemory(), problem.initialWeight()), K);
      EirdTargeting algorithm = new EirdTargeting(problem, LAMBDA, random.split());
      TestOnlyPlayLoop.Outcome outcome =
          TestOnlyPlayLoop.play(algorithm, agent, rewards, horizon, 0, random.split());
      double best = EirdBest.solve(outcome.cumulativeMeans(), K,
          EirdBest.sampleScores(model, 0, random)).value();
      total += best - outcome.expectedReward();
    }
    return total / SEEDS;
  }

  /** Least-squares slope of log y against log x. */
  static double logLogSlope(long[] x, double[] y) {
    double mx = 0;
    double my = 0;
    for (int i = 0; i < x.length; i++) {
      mx += Math.log(x[i]) / x.length;
      my += Math.log(y[i]) / y.length;
    }
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < x.length; i++) {
      double dx = Math.log(x[i]) - mx;
      sxy += dx * (Math.log(y[i]) - my);
      sxx += dx * dx;
    }
    return sxy / sxx;
  }

  @Test
  void logLogSlopeRecoversKnownPowerLaws() {
    long[] x = {1_000, 3_000, 10_000, 30_000};
    double[] y = new double[x.length];
    for (double power : new double[] {0.5, 1.0}) {
      for (int i = 0; i < x.length; i++) {
        y[i] = 3 * Math.pow(x[i], power);
      }
      assertThat(logLogSlope(x, y)).isCloseTo(power, org.assertj.core.api.Assertions.within(1e-12));
    }
  }

  @Test
  void algorithm2RegretAgainstEirdGrowsSublinearlyOnASlowMemoryInstance() {
    boolean longRun = Boolean.getBoolean("menus.longHorizon");
    long[] horizons = longRun
        ? new long[] {1_000, 3_000, 10_000, 30_000, 100_000}
        : new long[] {1_000, 3_000, 10_000};
    double[] regret = new double[horizons.length];
    for (int i = 0; i < horizons.length; i++) {
      regret[i] = meanRegret(horizons[i]);
      assertThat(regret[i]).as("mean regret at T = %s", horizons[i]).isPositive();
    }
    double slope = logLogSlope(horizons, regret);
    assertThat(slope).as("log-log slope of regret %s", java.util.Arrays.toString(regret))
        .isLessThan(0.8);
    int last = horizons.length - 1;
    assertThat(regret[last] / regret[0]).as("regret growth between the end points")
        .isLessThan(Math.pow((double) horizons[last] / horizons[0], 0.8));
  }
}
