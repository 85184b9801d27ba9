package org.recbench.assortment.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recbench.api.Environment;
import org.recbench.api.Outcome;
import org.recbench.assortment.Kit;
import org.recbench.core.run.TrialRunner;
import org.recbench.core.trial.TrialSpec;
import org.recbench.protocol.assortment.Assortment;
import org.recbench.protocol.assortment.AssortmentObservation;
import org.recbench.protocol.assortment.AssortmentProtocol;
import org.recbench.protocol.assortment.BilinearParameter;
import org.recbench.protocol.assortment.Choice;
import org.recbench.protocol.assortment.MnlOracle;

/** The assortment environments as the harness creates them, step by step. */
class EnvironmentTest {

  @SuppressWarnings("unchecked")
  private static Environment<AssortmentObservation, Assortment, Choice> create(String id,
      Map<String, ?> params, int seed) {
    TrialSpec spec = Kit.KIT.trial(id, "assortment.oracle").environmentParams(params)
        .seeds(seed + 1).plan().get(seed);
    Object environment = new TrialRunner(Kit.KIT.catalog()).environment(spec);
    return (Environment<AssortmentObservation, Assortment, Choice>) environment;
  }

  private static final Map<String, Object> SMALL = Map.of("d1", 3, "d2", 4, "rank", 2,
      "items", 8, "capacity", 3);

  @Test
  void observationStaysIntactUntilTheSecondStepAfterItAndItemsAreNeverCopied() {
    Environment<AssortmentObservation, Assortment, Choice> env =
        create("assortment.lowrank", SMALL, 0);
    AssortmentObservation first = env.reset();
    double[] x0 = first.context().toArray();
    AssortmentObservation second = env.step(Assortment.of(0, 1)).next();
    assertThat(second).isNotSameAs(first);
    assertThat(first.context().toArray()).containsExactly(x0);
    assertThat(second.items()).isSameAs(first.items());
    assertThat(second.revenues()).isSameAs(first.revenues());
    double[] x1 = second.context().toArray();
    AssortmentObservation third = env.step(Assortment.of(2)).next();
    assertThat(third).isSameAs(first);
    assertThat(third.context().toArray()).isNotEqualTo(x0);
    assertThat(second.context().toArray()).containsExactly(x1);
  }

  /**
   * The outcome's expected rewards are R(S) and max R(S) for the user the set was offered to,
   * recomputed here from the true Θ̃ and by enumerating all 92 sets of at most 3 of 8 items.
   */
  @Test
  void expectedRewardsAreTheBruteForceRevenuesOfTheUserTheSetWasOfferedTo() {
    Environment<AssortmentObservation, Assortment, Choice> env =
        create("assortment.lowrank", SMALL, 1);
    BilinearParameter theta = env.capability(AssortmentProtocol.BILINEAR_PARAMETER)
        .orElseThrow();
    MnlOracle oracle = env.capability(AssortmentProtocol.MNL_ORACLE).orElseThrow();
    AssortmentObservation o = env.reset();
    for (int round = 0; round < 20; round++) {
      double[] u = utilities(theta, o);
      double[] r = o.revenues().toArray();
      Assortment offered = Assortment.of(round % 8, (round + 3) % 8);
      Outcome<AssortmentObservation, Choice> out = env.step(offered);
      assertThat(out.expectedReward())
          .isCloseTo(revenue(u, r, offered.toArray()), within(1e-12));
      assertThat(out.bestExpectedReward()).isCloseTo(optimum(u, r, 3), within(1e-12));
      assertThat(oracle.expectedRevenue(o, offered)).isEqualTo(out.expectedReward());
      assertThat(oracle.optimalRevenue(o)).isEqualTo(out.bestExpectedReward());
      Assortment best = new Assortment(3);
      assertThat(oracle.optimalSet(o, best)).isEqualTo(out.bestExpectedReward());
      assertThat(revenue(u, r, best.toArray())).isCloseTo(optimum(u, r, 3), within(1e-12));
      assertThat(out.reward()).isEqualTo(out.feedback().revenue());
      assertThat(out.feedback().item() == Choice.NO_PURCHASE || offered.contains(
          out.feedback().item())).isTrue();
      o = out.next();
    }
  }

  /** Choice frequencies of a fixed set over 40,000 rounds are P(i | S), each within 5 sd. */
  @Test
  void choicesFollowTheMultinomialLogitProbabilities() {
    double[] u = {0.5, -1.0, 1.5, 0.0};
    Environment<AssortmentObservation, Assortment, Choice> env = create("assortment.fixed",
        Map.of("utilities", u, "capacity", 3), 0);
    env.reset();
    int rounds = 40_000;
    int[] counts = new int[5];
    Assortment offered = Assortment.of(0, 1, 2);
    for (int t = 0; t < rounds; t++) {
      int item = env.step(offered).feedback().item();
      counts[item == Choice.NO_PURCHASE ? 4 : item]++;
    }
    double denominator = 1 + Math.exp(0.5) + Math.exp(-1.0) + Math.exp(1.5);
    double[] p = {Math.exp(0.5) / denominator, Math.exp(-1.0) / denominator,
        Math.exp(1.5) / denominator, 0.0, 1 / denominator};
    for (int k = 0; k < 5; k++) {
      double sd = Math.sqrt(p[k] * (1 - p[k]) / rounds);
      assertThat((double) counts[k] / rounds).as("outcome %d", k).isCloseTo(p[k],
          within(5 * sd + 1e-12));
    }
  }

  @Test
  void usersOnASeedDoNotDependOnTheOfferedSets() {
    Environment<AssortmentObservation, Assortment, Choice> a =
        create("assortment.lowrank", SMALL, 2);
    Environment<AssortmentObservation, Assortment, Choice> b =
        create("assortment.lowrank", SMALL, 2);
    AssortmentObservation oa = a.reset();
    AssortmentObservation ob = b.reset();
    for (int t = 0; t < 50; t++) {
      assertThat(oa.context().toArray()).containsExactly(ob.context().toArray());
      oa = a.step(Assortment.of(t % 8)).next();
      ob = b.step(Assortment.of((t + 5) % 8, (t + 1) % 8, (t + 2) % 8)).next();
    }
  }

  @Test
  void plantedRankFollowsTheMode() {
    assertThat(rank("exact", 2)).isEqualTo(2);
    assertThat(rank("approx-low-rank", 2)).isEqualTo(2);
    assertThat(rank("full-rank", 2)).isEqualTo(3);
    assertThat(rank("main-effects", 2)).isEqualTo(2);
  }

  private static int rank(String mode, int r) {
    return create("assortment.lowrank", Map.of("d1", 3, "d2", 4, "rank", r, "mode", mode), 0)
        .capability(AssortmentProtocol.BILINEAR_PARAMETER).orElseThrow().rank();
  }

  static double[] utilities(BilinearParameter theta, AssortmentObservation o) {
    int d1 = theta.userDimension();
    int d2 = theta.itemDimension();
    double[] u = new double[o.itemCount()];
    for (int i = 0; i < u.length; i++) {
      double s = 0.0;
      for (int a = 0; a <= d1; a++) {
        double xa = a == 0 ? 1.0 : o.context().get(a - 1);
        for (int b = 0; b <= d2; b++) {
          s += xa * theta.get(a, b) * (b == 0 ? 1.0 : o.items().get(i, b - 1));
        }
      }
      u[i] = s;
    }
    return u;
  }

  static double revenue(double[] u, double[] r, int[] set) {
    double numerator = 0.0;
    double denominator = 1.0;
    for (int i : set) {
      numerator += r[i] * Math.exp(u[i]);
      denominator += Math.exp(u[i]);
    }
    return numerator / denominator;
  }

  static double optimum(double[] u, double[] r, int capacity) {
    double best = 0.0;
    for (int mask = 1; mask < 1 << u.length; mask++) {
      if (Integer.bitCount(mask) <= capacity) {
        int[] set = new int[Integer.bitCount(mask)];
        int k = 0;
        for (int i = 0; i < u.length; i++) {
          if ((mask & (1 << i)) != 0) {
            set[k++] = i;
          }
        }
        best = Math.max(best, revenue(u, r, set));
      }
    }
    return best;
  }
}
