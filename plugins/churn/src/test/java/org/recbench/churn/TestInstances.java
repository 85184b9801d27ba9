package org.recbench.churn;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.recbench.protocol.session.ChurnModel;
import org.recbench.churn.model.ChurnInstance;
import org.recbench.churn.model.SyntheticInstances;

/** Random instances for tests, drawn with the paper's generator from fixed seeds. */
public final class TestInstances {

  private TestInstances() {}

  /** {@code count} instances with 1 … maxTypes types and 1 … maxCategories categories. */
  public static List<ChurnInstance> random(int count, int maxTypes, int maxCategories, long seed) {
    SplittableRandom pick = new SplittableRandom(seed);
    List<ChurnInstance> instances = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int types = 1 + pick.nextInt(maxTypes);
      int categories = 1 + pick.nextInt(maxCategories);
      instances.add(ChurnInstance.of(
          SyntheticInstances.generate(types, categories, pick.split())));
    }
    return instances;
  }

  /** A belief drawn uniformly from the simplex (normalised exponentials). */
  public static double[] randomBelief(int types, SplittableRandom rng) {
    double[] b = new double[types];
    double total = 0;
    for (int u = 0; u < types; u++) {
      b[u] = -Math.log(1 - rng.nextDouble());
      total += b[u];
    }
    for (int u = 0; u < types; u++) {
      b[u] /= total;
    }
    return b;
  }

  /**
   * The instance of Prop. 2.5's proof: category 0 is liked with probability 0.6 by both types,
   * so a like on it teaches nothing and the myopic policy repeats it (0.6 &gt; 0.5 now); category 1
   * is loved by type 0 (0.95) and hated by type 1 (0.05).
   */
  public static ChurnModel myopicTrap() {
    return new ChurnModel(new double[] {0.5, 0.5}, new double[][] {{0.6, 0.95}, {0.6, 0.05}});
  }
}
