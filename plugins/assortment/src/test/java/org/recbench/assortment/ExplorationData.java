package org.recbench.assortment;

import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;
import org.recbench.assortment.elsa.BilinearChoiceLog;
import org.recbench.assortment.model.BilinearMnl;
import org.recbench.assortment.model.LowRankInstance;
import org.recbench.lib.mnl.MnlChoice;
import org.recbench.lib.mnl.RandomAssortment;

/** Test data: ELSA's exploration phase (random K-sets, MNL choices) on a synthetic instance. */
public final class ExplorationData {

  private ExplorationData() {
  }

  /**
   * {@code rounds} random assortments of the instance's capacity with MNL choices, recorded with
   * intercepts (x̃ = [1; x], ỹ = [1; y]) so that the log's Θ is the model's Θ̃.
   */
  public static BilinearChoiceLog simulate(LowRankInstance instance, int rounds,
      RandomGenerator rng) {
    BilinearMnl model = instance.model();
    int d1 = model.userDimension();
    int d2 = model.itemDimension();
    int n = model.items();
    BilinearChoiceLog log = new BilinearChoiceLog(d1 + 1, d2 + 1, rounds);
    double[] items = new double[n * (d2 + 1)];
    for (int i = 0; i < n; i++) {
      items[i * (d2 + 1)] = 1.0;
      System.arraycopy(model.itemFeatures(), i * d2, items, i * (d2 + 1) + 1, d2);
    }
    double[] x = new double[d1];
    double[] user = new double[d1 + 1];
    double[] u = new double[n];
    int[] set = new int[instance.capacity()];
    for (int t = 0; t < rounds; t++) {
      instance.drawContext(rng, x);
      user[0] = 1.0;
      System.arraycopy(x, 0, user, 1, d1);
      model.utilities(x, u);
      int size = RandomAssortment.draw(rng, n, instance.capacity(), set);
      int choice = MnlChoice.sample(u, set, size, rng);
      int position = MnlChoice.NO_PURCHASE;
      for (int k = 0; k < size; k++) {
        if (set[k] == choice) {
          position = k;
        }
      }
      log.add(user, items, set, size, position);
    }
    return log;
  }

  /** ‖a − b‖_F / ‖b‖_F. */
  public static double relativeError(DMatrixRMaj a, DMatrixRMaj b) {
    double num = 0.0;
    double den = 0.0;
    for (int k = 0; k < b.data.length; k++) {
      double d = a.data[k] - b.data[k];
      num += d * d;
      den += b.data[k] * b.data[k];
    }
    return Math.sqrt(num / den);
  }
}
