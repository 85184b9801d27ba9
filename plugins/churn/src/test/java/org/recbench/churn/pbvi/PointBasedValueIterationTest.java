package org.recbench.churn.pbvi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.recbench.protocol.session.ChurnModel;
import org.recbench.churn.SessionPolicies;
import org.recbench.churn.TestInstances;
import org.recbench.churn.bnb.BranchAndBound;
import org.recbench.churn.model.ChurnInstance;
import org.recbench.churn.model.SyntheticInstances;
import org.recbench.churn.plan.PlanningCost;

class PointBasedValueIterationTest {

  /** Generator instances with P scaled into [0.005, 0.6], where the a-priori bound is informative. */
  private static ChurnModel moderate(int types, int categories, long seed) {
    ChurnModel model = SyntheticInstances.generate(types, categories, new SplittableRandom(seed));
    double[][] like = model.likeMatrix();
    for (double[] row : like) {
      for (int a = 0; a < row.length; a++) {
        row[a] *= 0.6;
      }
    }
    return new ChurnModel(model.priorVector(), like);
  }

  @Test
  void pbviValueIsWithinItsStatedErrorOfTheOptimum() {
    for (long seed = 0; seed < 20; seed++) {
      ChurnInstance instance = ChurnInstance.of(moderate(2 + (int) (seed % 2), 3, seed));
      PbviSolution solution = PointBasedValueIteration.solve(instance,
          new PointBasedValueIteration.Settings(30, 60));
      double optimum = BranchAndBound.solve(instance, BranchAndBound.Settings.exact(1e-12))
          .plan().value();
      assertThat(solution.errorBound()).isLessThan(0.5);
      assertThat(solution.value()).isLessThanOrEqualTo(optimum + 1e-12)
          .isGreaterThanOrEqualTo(optimum - solution.errorBound());
      assertThat(solution.upperBound()).isGreaterThanOrEqualTo(optimum - 1e-12);
    }
  }

  @Test
  void pbviIsExactOnTheGridOfABinaryPrior() {
    ChurnModel model = new ChurnModel(new double[] {0.5, 0.5},
        new double[][] {{0.6, 0.95}, {0.6, 0.05}});
    ChurnInstance instance = ChurnInstance.of(model);
    PbviSolution solution = PointBasedValueIteration.solve(instance,
        new PointBasedValueIteration.Settings(20, 2000));
    double optimum = BranchAndBound.solve(instance, BranchAndBound.Settings.exact(1e-12))
        .plan().value();
    assertThat(solution.value()).isCloseTo(optimum, within(1e-6));
  }

  @Test
  void playingThePbviPolicyEarnsAtLeastItsValue() {
    for (long seed = 0; seed < 10; seed++) {
      ChurnModel model = SyntheticInstances.generate(3, 3, new SplittableRandom(seed));
      ChurnInstance instance = ChurnInstance.of(model);
      PbviSolution solution = PointBasedValueIteration.solve(instance,
          new PointBasedValueIteration.Settings(8, 60));
      PbviPolicy policy = new PbviPolicy(solution, model, new PlanningCost(0, 0));
      assertThat(SessionPolicies.value(instance, policy)).isGreaterThanOrEqualTo(solution.value() - 1e-9);
    }
  }

  @Test
  void everyBeliefIsWithinTheCoveringRadiusOfAGridPoint() {
    SplittableRandom rng = new SplittableRandom(3);
    for (int types = 2; types <= 5; types++) {
      for (int resolution : new int[] {1, 3, 7}) {
        double[][] grid = BeliefGrid.points(types, resolution);
        assertThat((long) grid.length).isEqualTo(BeliefGrid.size(types, resolution, 1_000_000));
        double radius = BeliefGrid.coveringRadius(types, resolution);
        for (int i = 0; i < 2000; i++) {
          double[] b = TestInstances.randomBelief(types, rng);
          double nearest = Double.POSITIVE_INFINITY;
          for (double[] g : grid) {
            double d = 0;
            for (int u = 0; u < types; u++) {
              d += Math.abs(b[u] - g[u]);
            }
            nearest = Math.min(nearest, d);
          }
          assertThat(nearest).isLessThanOrEqualTo(radius + 1e-12);
        }
      }
    }
  }
}
