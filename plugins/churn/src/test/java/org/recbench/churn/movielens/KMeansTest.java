package org.recbench.churn.movielens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KMeansTest {

  private static final double[][] LINE = {{0}, {1}, {2}, {10}};

  /** The mean of the points labelled c. */
  private static double[] mean(double[][] points, int[] labels, int c) {
    double[] sum = new double[points[0].length];
    int size = 0;
    for (int i = 0; i < points.length; i++) {
      if (labels[i] == c) {
        size++;
        for (int d = 0; d < sum.length; d++) {
          sum[d] += points[i][d];
        }
      }
    }
    for (int d = 0; d < sum.length; d++) {
      sum[d] /= size;
    }
    return sum;
  }

  /**
   * Runs one assignment step, checks that it left a cluster empty, then the update step, and
   * returns the labels.
   */
  private static int[] assignLeavingAClusterEmptyThenUpdate(double[][] centres) {
    int[] labels = new int[LINE.length];
    Arrays.fill(labels, -1);
    KMeans.assign(LINE, centres, labels);
    assertThat(IntStream.of(labels).distinct().count()).as("clusters used by the assignment")
        .isLessThan(centres.length);
    assertThat(KMeans.update(LINE, labels, centres)).isTrue();
    return labels;
  }

  @Test
  void afterRepairingAnEmptyClusterEveryCentreIsTheMeanOfItsPoints() {
    double[][][] starts = {
        {{1}, {100}},         // all points go to centre 0; cluster 1 (after the donor) is empty
        {{-100}, {1}},        // all points go to centre 1; cluster 0 (before the donor) is empty
        {{1}, {100}, {200}}}; // two empty clusters, both filled from cluster 0
    for (double[][] centres : starts) {
      int[] labels = assignLeavingAClusterEmptyThenUpdate(centres);
      assertThat(IntStream.of(labels).distinct().count()).isEqualTo(centres.length);
      for (int c = 0; c < centres.length; c++) {
        assertThat(centres[c]).as("centre %d of %d", c, centres.length)
            .containsExactly(mean(LINE, labels, c), within(1e-12));
      }
    }
  }

  @Test
  void anEmptyClusterTakesThePointFarthestFromItsCentre() {
    double[][] centres = {{1}, {100}};
    int[] labels = assignLeavingAClusterEmptyThenUpdate(centres);
    assertThat(labels).containsExactly(0, 0, 0, 1);
    assertThat(centres[0]).containsExactly(1.0);
    assertThat(centres[1]).containsExactly(10.0);
  }

  @Test
  void everyLabelIsUsedWhenThereAreFewerDistinctPointsThanClusters() {
    // k-means++ must seed a duplicate centre here (three clusters, two distinct points), so a
    // cluster starts empty in every restart
    double[][] points = {{0}, {0}, {0}, {5}};
    int[] labels = KMeans.cluster(points, 3, new SplittableRandom(3));
    assertThat(IntStream.of(labels).distinct().count()).isEqualTo(3);
    assertThat(labels[3]).isNotIn(labels[0], labels[1], labels[2]);
  }
}
