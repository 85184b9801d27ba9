package org.recbench.menus.eird;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.recbench.menus.menudist.MenuTimes;

class MenuTimePolytopeTest {

  /** The projection as a quadratic program solved by ojAlgo. */
  private static double[] qp(double[] y, double[][] scores, int k, double slack) {
    int n = y.length;
    ExpressionsBasedModel model = new ExpressionsBasedModel();
    Variable[] x = new Variable[n];
    for (int i = 0; i < n; i++) {
      x[i] = model.newVariable("x" + i).lower(0).upper(1);
    }
    Expression objective = model.newExpression("objective").weight(1.0);
    Expression total = model.newExpression("total").level(1);
    for (int i = 0; i < n; i++) {
      objective.set(x[i], x[i], 0.5);
      objective.set(x[i], -y[i]);
      total.set(x[i], 1);
    }
    for (int m = 0; m < scores.length; m++) {
      for (int i = 0; i < n; i++) {
        Expression c = model.newExpression("c" + m + "_" + i).upper(0);
        for (int j = 0; j < n; j++) {
          c.set(x[j], -(1 + slack) / scores[m][j] + (i == j ? k / scores[m][i] : 0));
        }
      }
    }
    Optimisation.Result result = model.minimise();
    assertThat(result.getState().isOptimal()).isTrue();
    double[] p = new double[n];
    for (int i = 0; i < n; i++) {
      p[i] = result.doubleValue(i);
    }
    return p;
  }

  @Test
  void projectionEqualsTheQuadraticProgramOnColdAndWarmStarts() {
    SplittableRandom random = new SplittableRandom(12);
    int fastPathUsed = 0;
    for (int trial = 0; trial < 12; trial++) {
      int n = 3 + random.nextInt(6);
      int k = 2 + random.nextInt(n - 2);
      double lambda = (k - 1.0) / (n - 1.0);
      double slack = random.nextBoolean() ? 0 : 0.1;
      int sets = 1 + random.nextInt(5);
      double[][] scores = new double[sets][n];
      MenuTimePolytope polytope = new MenuTimePolytope(n, k, slack);
      for (int m = 0; m < sets; m++) {
        for (int i = 0; i < n; i++) {
          scores[m][i] = lambda + (1 - lambda) * random.nextDouble();
        }
        polytope.add(scores[m]);
      }
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        y[i] = 2 * random.nextDouble() - 0.5;
      }
      double[] p = new double[n];
      for (int call = 0; call < 3; call++) {
        polytope.project(y, p);
        assertThat(polytope.contains(p, 1e-9)).isTrue();
        double[] expected = qp(y, scores, k, slack);
        assertThat(p).as("trial %s call %s", trial, call).containsExactly(expected, within(1e-6));
        for (int i = 0; i < n; i++) {
          y[i] += 0.01 * (random.nextDouble() - 0.5);
        }
      }
      fastPathUsed += polytope.fastPaths() > 0 ? 1 : 0;
    }
    assertThat(fastPathUsed).as("instances where the active-set path answered").isGreaterThan(6);
  }

  @Test
  void uniformLiesInEverySetWhenLambdaIsAtLeastKMinusOneOverNMinusOne() {
    SplittableRandom random = new SplittableRandom(3);
    int n = 7;
    int k = 3;
    double lambda = (k - 1.0) / (n - 1.0);
    MenuTimePolytope polytope = new MenuTimePolytope(n, k, 0.0);
    double[] u = new double[n];
    java.util.Arrays.fill(u, 1.0 / n);
    for (int m = 0; m < 50; m++) {
      double[] s = new double[n];
      for (int i = 0; i < n; i++) {
        s[i] = lambda + (1 - lambda) * random.nextDouble();
      }
      polytope.add(s);
      assertThat(MenuTimes.realizable(u, s, k)).isTrue();
      assertThat(polytope.contains(u, 1e-12)).isTrue();
    }
    double[] p = new double[n];
    polytope.project(u, p);
    assertThat(p).containsExactly(u, within(1e-12));
  }

  @Test
  void nonPositiveScoresAreRejected() {
    MenuTimePolytope polytope = new MenuTimePolytope(3, 2, 0.1);
    assertThatThrownBy(() -> polytope.add(new double[] {1, 0, 1}))
        .hasMessageContaining("score 1 must be positive");
    assertThatThrownBy(() -> new MenuTimePolytope(3, 2, -1)).hasMessageContaining("slack");
  }
}
