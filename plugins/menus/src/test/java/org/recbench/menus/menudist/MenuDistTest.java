package org.recbench.menus.menudist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.recbench.menus.agent.Menus;

class MenuDistTest {

  /** Σ_M P(M) f_i / Σ_{j∈M} f_j computed from the menus, independently of the builder. */
  private static double[] induced(MenuDist dist, double[] scores, int k) {
    double[] z = new double[scores.length];
    int[] menu = new int[k];
    double mass = 0;
    for (int m = 0; m < dist.size(); m++) {
      dist.menu(m, menu);
      double total = 0;
      for (int item : menu) {
        total += scores[item];
      }
      for (int item : menu) {
        z[item] += dist.probability(m) * scores[item] / total;
      }
      mass += dist.probability(m);
    }
    assertThat(mass).isCloseTo(1.0, within(1e-12));
    return z;
  }

  @Test
  void choiceDistributionEqualsTargetForRandomFeasibleTargets() {
    SplittableRandom random = new SplittableRandom(2024);
    int checked = 0;
    int onBoundary = 0;
    for (int trial = 0; trial < 3000; trial++) {
      int n = 1 + random.nextInt(14);
      int k = 1 + random.nextInt(n);
      double lambda = random.nextBoolean() ? 0.05 : 0.6;
      double[] scores = RandomInstances.scores(n, lambda, random);
      double[] x = RandomInstances.feasibleTarget(scores, k, random);
      MenuDist dist = new MenuDist(n, k);
      dist.build(x, scores);
      int[] menu = new int[k];
      for (int m = 0; m < dist.size(); m++) {
        dist.menu(m, menu);
        Menus.requireValid(menu, n, k);
        assertThat(dist.probability(m)).isGreaterThan(0);
      }
      assertThat(dist.size()).isLessThanOrEqualTo(n * n);
      double[] z = induced(dist, scores, k);
      for (int i = 0; i < n; i++) {
        assertThat(z[i]).as("trial %s item %s", trial, i).isCloseTo(x[i], within(1e-9));
      }
      if (MenuTimes.max(x, scores, k) > 1 - 1e-12) {
        onBoundary++;
      }
      checked++;
    }
    assertThat(checked).isEqualTo(3000);
    assertThat(onBoundary).isGreaterThan(500);
  }

  @Test
  void builderReportsTheSameInducedDistributionAsADirectSum() {
    SplittableRandom random = new SplittableRandom(5);
    double[] scores = RandomInstances.scores(9, 0.3, random);
    double[] other = RandomInstances.scores(9, 0.3, random);
    double[] x = RandomInstances.feasibleTarget(scores, 4, random);
    MenuDist dist = new MenuDist(9, 4);
    dist.build(x, scores);
    double[] out = new double[9];
    dist.choiceDistribution(other, out);
    assertThat(out).containsExactly(induced(dist, other, 4), within(1e-14));
  }

  @Test
  void sampledMenusFollowTheMenuProbabilities() {
    SplittableRandom random = new SplittableRandom(8);
    double[] scores = RandomInstances.scores(6, 0.4, random);
    double[] x = RandomInstances.feasibleTarget(scores, 3, random);
    MenuDist dist = new MenuDist(6, 3);
    dist.build(x, scores);
    int draws = 200_000;
    double[] inclusion = new double[6];
    int[] menu = new int[3];
    for (int d = 0; d < draws; d++) {
      dist.sample(random, menu);
      for (int item : menu) {
        inclusion[item] += 1.0 / draws;
      }
    }
    double[] tau = dist.menuTimes().clone();
    for (int i = 0; i < 6; i++) {
      double p = 0;
      for (int m = 0; m < dist.size(); m++) {
        for (int j = 0; j < 3; j++) {
          if (dist.item(m, j) == i) {
            p += dist.probability(m);
          }
        }
      }
      double sd = Math.sqrt(p * (1 - p) / draws);
      assertThat(inclusion[i]).isCloseTo(p, within(5 * sd + 1e-12));
      assertThat(tau[i]).isBetween(0.0, 1.0 + 1e-12);
    }
  }

  @Test
  void infeasibleTargetsAreRejected() {
    SplittableRandom random = new SplittableRandom(77);
    int rejected = 0;
    for (int trial = 0; trial < 500; trial++) {
      int n = 2 + random.nextInt(10);
      int k = 2 + random.nextInt(n - 1);
      double[] scores = RandomInstances.scores(n, 0.2, random);
      double[] x = RandomInstances.distribution(n, random);
      double maxTau = MenuTimes.max(x, scores, k);
      MenuDist dist = new MenuDist(n, k);
      if (maxTau > 1 + MenuTimes.TOLERANCE) {
        assertThatThrownBy(() -> dist.build(x, scores))
            .isInstanceOf(InfeasibleTargetException.class)
            .hasMessageContaining("not realizable")
            .hasMessageContaining("menu time");
        rejected++;
      } else {
        dist.build(x, scores);
      }
    }
    assertThat(rejected).isGreaterThan(200);
  }

  @Test
  void aPointMassIsInfeasibleForMenusOfTwoOrMore() {
    MenuDist dist = new MenuDist(4, 2);
    assertThatThrownBy(() -> dist.build(new double[] {1, 0, 0, 0}, new double[] {1, 1, 1, 1}))
        .isInstanceOf(InfeasibleTargetException.class)
        .hasMessageContaining("menu time of item 0 is 2.0");
  }

  @Test
  void malformedTargetsAndScoresAreRejected() {
    MenuDist dist = new MenuDist(3, 2);
    double[] ones = {1, 1, 1};
    assertThatThrownBy(() -> dist.build(new double[] {0.5, 0.5}, ones))
        .hasMessageContaining("n = 3");
    assertThatThrownBy(() -> dist.build(new double[] {0.5, 0.6, 0.0}, ones))
        .hasMessageContaining("sum to 1");
    assertThatThrownBy(() -> dist.build(new double[] {0.4, 0.3, 0.3}, new double[] {1, 0, 1}))
        .hasMessageContaining("score 1 must be positive");
    assertThatThrownBy(() -> new MenuDist(3, 4)).hasMessageContaining("menu size k");
  }

  @Test
  void pullIntoReturnsTheLeastMixingWeightThatRealises() {
    SplittableRandom random = new SplittableRandom(3);
    for (int trial = 0; trial < 500; trial++) {
      int n = 2 + random.nextInt(10);
      int k = 1 + random.nextInt(n - 1);
      double[] scores = RandomInstances.scores(n, 0.1, random);
      double[] x = RandomInstances.distribution(n, random);
      double[] z = new double[n];
      double alpha = MenuTimes.pullInto(x, scores, k, z);
      assertThat(MenuTimes.realizable(z, scores, k)).isTrue();
      if (alpha == 0) {
        assertThat(MenuTimes.realizable(x, scores, k)).isTrue();
      } else {
        assertThat(MenuTimes.max(z, scores, k)).isCloseTo(1.0, within(1e-9));
        double less = alpha * (1 - 1e-6);
        double scoreSum = 0;
        for (double s : scores) {
          scoreSum += s;
        }
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
          w[i] = (1 - less) * x[i] + less * scores[i] / scoreSum;
        }
        assertThat(MenuTimes.max(w, scores, k)).isGreaterThan(1.0);
      }
    }
  }
}
