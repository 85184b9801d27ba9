package org.recbench.churn.movielens;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Lloyd's k-means with k-means++ seeding (Arthur and Vassilvitskii 2007), restarted a few times
 * and keeping the partition of least within-cluster sum of squares. A cluster that empties is
 * given the point farthest from its centre (taken out of its old cluster before the means are
 * computed), so every label in 0 … k−1 is used.
 */
public final class KMeans {

  /** Independent seedings; the best partition is kept. */
  public static final int RESTARTS = 10;
  /** Lloyd iterations per seeding at most (they usually stop far earlier). */
  public static final int MAX_ITERATIONS = 300;

  private KMeans() {}

  /**
   * Partitions {@code points} into {@code k} clusters.
   *
   * @return the cluster of each point, in 0 … k−1
   */
  public static int[] cluster(double[][] points, int k, RandomGenerator rng) {
    if (k < 1 || k > points.length) {
      throw new IllegalArgumentException("cannot form " + k + " clusters from " + points.length
          + " points");
    }
    int[] best = null;
    double bestInertia = Double.POSITIVE_INFINITY;
    for (int restart = 0; restart < RESTARTS; restart++) {
      int[] labels = new int[points.length];
      double inertia = lloyd(points, seed(points, k, rng), labels);
      if (inertia < bestInertia) {
        bestInertia = inertia;
        best = labels;
      }
    }
    return best;
  }

  private static double[][] seed(double[][] points, int k, RandomGenerator rng) {
    double[][] centres = new double[k][];
    centres[0] = points[rng.nextInt(points.length)].clone();
    double[] nearest = new double[points.length];
    for (int i = 0; i < points.length; i++) {
      nearest[i] = squaredDistance(points[i], centres[0]);
    }
    for (int c = 1; c < k; c++) {
      double total = 0;
      for (double d : nearest) {
        total += d;
      }
      int chosen = total > 0 ? sampleProportional(nearest, total, rng) : rng.nextInt(points.length);
      centres[c] = points[chosen].clone();
      for (int i = 0; i < points.length; i++) {
        nearest[i] = Math.min(nearest[i], squaredDistance(points[i], centres[c]));
      }
    }
    return centres;
  }

  private static int sampleProportional(double[] weights, double total, RandomGenerator rng) {
    double target = rng.nextDouble() * total;
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i];
      if (target < sum) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private static double lloyd(double[][] points, double[][] centres, int[] labels) {
    Arrays.fill(labels, -1);
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      boolean changed = assign(points, centres, labels);
      boolean repaired = update(points, labels, centres);
      if (!changed && !repaired) {
        break;
      }
    }
    double inertia = 0;
    for (int i = 0; i < points.length; i++) {
      inertia += squaredDistance(points[i], centres[labels[i]]);
    }
    return inertia;
  }

  /**
   * Lloyd's update step: moves every centre to the mean of the points labelled with it. A cluster
   * the assignment left empty first takes the point farthest from its centre among clusters of
   * more than one point; the point leaves its old cluster's sum too, so after the step every
   * centre is the mean of exactly its points.
   *
   * @return whether a point was moved into an empty cluster
   */
  static boolean update(double[][] points, int[] labels, double[][] centres) {
    int k = centres.length;
    int dim = points[0].length;
    int[] sizes = new int[k];
    double[][] sums = new double[k][dim];
    for (int i = 0; i < points.length; i++) {
      sizes[labels[i]]++;
      for (int d = 0; d < dim; d++) {
        sums[labels[i]][d] += points[i][d];
      }
    }
    boolean repaired = false;
    for (int c = 0; c < k; c++) {
      if (sizes[c] == 0) {
        int far = farthestPoint(points, centres, labels, sizes);
        int donor = labels[far];
        sizes[donor]--;
        for (int d = 0; d < dim; d++) {
          sums[donor][d] -= points[far][d];
          sums[c][d] = points[far][d];
        }
        sizes[c] = 1;
        labels[far] = c;
        repaired = true;
      }
    }
    for (int c = 0; c < k; c++) {
      for (int d = 0; d < dim; d++) {
        centres[c][d] = sums[c][d] / sizes[c];
      }
    }
    return repaired;
  }

  /**
   * Lloyd's assignment step: labels every point with its nearest centre (the first on ties).
   *
   * @return whether a label changed
   */
  static boolean assign(double[][] points, double[][] centres, int[] labels) {
    boolean changed = false;
    for (int i = 0; i < points.length; i++) {
      int best = 0;
      double bestDistance = Double.POSITIVE_INFINITY;
      for (int c = 0; c < centres.length; c++) {
        double d = squaredDistance(points[i], centres[c]);
        if (d < bestDistance) {
          bestDistance = d;
          best = c;
        }
      }
      if (labels[i] != best) {
        labels[i] = best;
        changed = true;
      }
    }
    return changed;
  }

  /**
   * The point farthest from the centre it was assigned to, among clusters with more than one
   * point.
   */
  private static int farthestPoint(double[][] points, double[][] centres, int[] labels,
      int[] sizes) {
    int far = -1;
    double farDistance = -1;
    for (int i = 0; i < points.length; i++) {
      if (sizes[labels[i]] > 1) {
        double d = squaredDistance(points[i], centres[labels[i]]);
        if (d > farDistance) {
          farDistance = d;
          far = i;
        }
      }
    }
    return far;
  }

  private static double squaredDistance(double[] x, double[] y) {
    double s = 0;
    for (int d = 0; d < x.length; d++) {
      double diff = x[d] - y[d];
      s += diff * diff;
    }
    return s;
  }
}
