package org.recbench.assortment.expedia;

/**
 * A least-squares regression tree (CART, Breiman et al. 1984): each node splits on the feature
 * and threshold that most reduce the squared error, until the depth limit or the minimum leaf
 * size; a leaf predicts its mean. Paper 003, Sec. 5.2, imputes the users' missing history
 * features with "a simple regression tree"; this is that tree. It is fitted once per column.
 */
final class RegressionTree {

  private final int[] feature;
  private final double[] threshold;
  private final int[] left;
  private final int[] right;
  private final double[] value;

  private RegressionTree(int[] feature, double[] threshold, int[] left, int[] right,
      double[] value) {
    this.feature = feature;
    this.threshold = threshold;
    this.left = left;
    this.right = right;
    this.value = value;
  }

  /** Fits rows {@code x[i]} (all of one length) to targets {@code y[i]}. */
  static RegressionTree fit(double[][] x, double[] y, int maxDepth, int minLeaf) {
    if (x.length != y.length || x.length == 0) {
      throw new IllegalArgumentException("a regression tree needs as many targets as rows,"
          + " at least one; got " + x.length + " rows and " + y.length + " targets");
    }
    int capacity = (1 << (maxDepth + 1)) - 1;
    Builder builder = new Builder(x, y, minLeaf, capacity);
    int[] rows = new int[x.length];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = i;
    }
    builder.grow(rows, 0, rows.length, maxDepth);
    return new RegressionTree(builder.feature, builder.threshold, builder.left, builder.right,
        builder.value);
  }

  /** The prediction for one row. */
  double predict(double[] row) {
    int node = 0;
    while (feature[node] >= 0) {
      node = row[feature[node]] <= threshold[node] ? left[node] : right[node];
    }
    return value[node];
  }

  private static final class Builder {
    private final double[][] x;
    private final double[] y;
    private final int minLeaf;
    final int[] feature;
    final double[] threshold;
    final int[] left;
    final int[] right;
    final double[] value;
    private int nodes;

    Builder(double[][] x, double[] y, int minLeaf, int capacity) {
      this.x = x;
      this.y = y;
      this.minLeaf = Math.max(1, minLeaf);
      this.feature = new int[capacity];
      this.threshold = new double[capacity];
      this.left = new int[capacity];
      this.right = new int[capacity];
      this.value = new double[capacity];
    }

    /** Grows the node for rows[from..to) and returns its index. */
    int grow(int[] rows, int from, int to, int depth) {
      int node = nodes++;
      double sum = 0.0;
      for (int k = from; k < to; k++) {
        sum += y[rows[k]];
      }
      value[node] = sum / (to - from);
      feature[node] = -1;
      if (depth == 0 || to - from < 2 * minLeaf) {
        return node;
      }
      int bestFeature = -1;
      double bestThreshold = 0.0;
      double bestGain = 1e-12;
      int width = x[rows[from]].length;
      Integer[] order = new Integer[to - from];
      for (int f = 0; f < width; f++) {
        for (int k = from; k < to; k++) {
          order[k - from] = rows[k];
        }
        int column = f;
        java.util.Arrays.sort(order, (a, b) -> Double.compare(x[a][column], x[b][column]));
        double leftSum = 0.0;
        int n = to - from;
        for (int k = 0; k < n - 1; k++) {
          leftSum += y[order[k]];
          int leftCount = k + 1;
          if (leftCount < minLeaf || n - leftCount < minLeaf) {
            continue;
          }
          double here = x[order[k]][column];
          double next = x[order[k + 1]][column];
          if (here == next) {
            continue;
          }
          double rightSum = sum - leftSum;
          double gain = leftSum * leftSum / leftCount + rightSum * rightSum / (n - leftCount)
              - sum * sum / n;
          if (gain > bestGain) {
            bestGain = gain;
            bestFeature = column;
            bestThreshold = 0.5 * (here + next);
          }
        }
      }
      if (bestFeature < 0) {
        return node;
      }
      int split = from;
      for (int k = from; k < to; k++) {
        if (x[rows[k]][bestFeature] <= bestThreshold) {
          int swap = rows[split];
          rows[split] = rows[k];
          rows[k] = swap;
          split++;
        }
      }
      feature[node] = bestFeature;
      threshold[node] = bestThreshold;
      left[node] = grow(rows, from, split, depth - 1);
      right[node] = grow(rows, split, to, depth - 1);
      return node;
    }
  }
}
