package org.recbench.churn.pbvi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.recbench.churn.model.ChurnInstance;

/**
 * Point-based value iteration (Pineau, Gordon and Thrun 2003) on the regular belief grid, as in
 * paper 002, Prop. 3.3, for instances with few types.
 *
 * <p>The value function is a maximum of α-vectors over the type simplex (the absorbing "churned"
 * state has value 0 and is left out). Stage 0 holds the fixed actions' vectors
 * α_a(u) = P(u,a)/(1 − γP(u,a)) (Lemma 2.3), so V_0 = LB. Stage t backs up at every grid point b:
 * α ← P(·,a) + γP(·,a)∘α' for the category a and the stage-(t−1) vector α' maximising
 * Σ_u b(u)[P(u,a) + γP(u,a)α'(u)] (Obs. 2.1; a like is the only observation that continues).
 * Every vector is the per-type value of a concrete policy, so V_t ≤ V*.
 *
 * <p><b>Error bound.</b> With p = γ max P, G = max_u p*_u/(1 − γp*_u) (the range of every α) and
 * δ_B the grid's covering radius in L1 ({@link BeliefGrid#coveringRadius}), the point-based backup
 * loses at most G·δ_B per stage (Pineau et al., Lemma 1: (α_b − α_b')·(b − b') ≤ G‖b − b'‖₁
 * because entries lie in [0, G]) and the exact backup contracts by p, so after T stages
 * <pre>0 ≤ V*(b) − V_T(b) ≤ p^T·G + G·δ_B / (1 − p)   for every belief b.</pre>
 * The bound is loose when p is close to 1 (as the paper's own bound); it is tight enough to test
 * on instances with moderate P.
 */
public final class PointBasedValueIteration {

  /** Largest grid accepted, to keep a stage's backups bounded. */
  public static final long MAX_GRID_POINTS = 200_000;

  /**
   * PBVI settings.
   *
   * @param resolution n: grid points are the beliefs with entries in {0, 1/n, …, 1}
   * @param iterations number of stages T
   */
  public record Settings(int resolution, int iterations) {

    /** Validates the settings. */
    public Settings {
      if (resolution < 1 || iterations < 0) {
        throw new IllegalArgumentException("invalid PBVI settings: resolution " + resolution
            + ", iterations " + iterations);
      }
    }
  }

  private PointBasedValueIteration() {}

  /** Runs PBVI on {@code instance}. */
  public static PbviSolution solve(ChurnInstance instance, Settings settings) {
    int types = instance.types();
    int categories = instance.categories();
    if (BeliefGrid.size(types, settings.resolution(), MAX_GRID_POINTS) < 0) {
      throw new IllegalArgumentException("a belief grid of resolution " + settings.resolution()
          + " over " + types + " types has more than " + MAX_GRID_POINTS + " points");
    }
    double[][] grid = BeliefGrid.points(types, settings.resolution());
    List<AlphaStage> stages = new ArrayList<>();
    stages.add(fixedActions(instance));
    double[] successor = new double[types];
    long backups = 0;
    for (int t = 1; t <= settings.iterations(); t++) {
      AlphaStage previous = stages.get(t - 1);
      Set<Long> origins = new HashSet<>();
      List<double[]> vectors = new ArrayList<>();
      List<Integer> actions = new ArrayList<>();
      for (double[] b : grid) {
        int bestAction = 0;
        int bestFollower = 0;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < categories; a++) {
          instance.advance(b, a, successor);
          int follower = previous.best(successor);
          double value = instance.likeMass(b, a)
              + AlphaStage.dot(successor, previous.vector(follower));
          if (value > bestValue) {
            bestValue = value;
            bestAction = a;
            bestFollower = follower;
          }
        }
        backups++;
        long origin = (long) bestAction * previous.size() + bestFollower;
        if (origins.add(origin)) {
          double[] alpha = new double[types];
          instance.backUp(previous.vector(bestFollower), bestAction, alpha);
          vectors.add(alpha);
          actions.add(bestAction);
        }
      }
      stages.add(new AlphaStage(vectors.toArray(double[][]::new),
          actions.stream().mapToInt(Integer::intValue).toArray()));
    }
    double p = instance.maxSurvival();
    double range = instance.maxFixedValue();
    double bound = Math.pow(p, settings.iterations()) * range
        + range * BeliefGrid.coveringRadius(types, settings.resolution()) / (1 - p);
    return new PbviSolution(instance, stages, bound, backups);
  }

  private static AlphaStage fixedActions(ChurnInstance instance) {
    int categories = instance.categories();
    double[][] vectors = new double[categories][];
    int[] actions = new int[categories];
    for (int a = 0; a < categories; a++) {
      vectors[a] = instance.fixedActionValues(a);
      actions[a] = a;
    }
    return new AlphaStage(vectors, actions);
  }
}
