package org.recbench.assortment.expedia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RegressionTreeTest {

  @Test
  void aStepFunctionIsRecoveredExactlyByADepthTwoTree() {
    SplittableRandom rng = new SplittableRandom(1);
    int n = 400;
    double[][] x = new double[n][2];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i][0] = rng.nextDouble();
      x[i][1] = rng.nextDouble();
      y[i] = (x[i][0] > 0.5 ? 4.0 : -4.0) + (x[i][1] > 0.3 ? 1.0 : 0.0);
    }
    RegressionTree tree = RegressionTree.fit(x, y, 2, 5);
    for (int i = 0; i < n; i++) {
      assertThat(tree.predict(x[i])).isCloseTo(y[i], within(1e-12));
    }
    RegressionTree stump = RegressionTree.fit(x, y, 0, 5);
    double mean = 0.0;
    for (double v : y) {
      mean += v / n;
    }
    assertThat(stump.predict(new double[] {0.9, 0.9})).isCloseTo(mean, within(1e-12));
  }
}
