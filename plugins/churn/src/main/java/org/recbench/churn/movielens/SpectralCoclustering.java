package org.recbench.churn.movielens;

import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.sparse.csc.CommonOps_DSCC;

/**
 * Spectral co-clustering (Dhillon 2001, Alg. Multipartition): the rating matrix A is read as a
 * bipartite graph between rows (users) and columns (items) and normalised by degree,
 * A_n = D₁^{−1/2} A D₂^{−1/2}; its singular vectors 2 … ℓ+1 (ℓ = ⌈log₂ k⌉), scaled back by
 * D^{−1/2}, embed rows and columns in the same ℓ-dimensional space,
 * Z = [D₁^{−1/2} U; D₂^{−1/2} V], where k-means finds the clusters.
 *
 * <p>Dhillon (and paper 002, App. G.2) cluster the stacked rows of Z into k co-clusters, so both
 * sides get the same number of clusters; the paper suggests splitting clusters further when the
 * numbers should differ. Here the user rows and the item rows of the same embedding are clustered
 * separately, into their own numbers of clusters (ℓ follows the larger one), which gives every
 * side exactly the requested number of non-empty clusters.
 */
public final class SpectralCoclustering {

  /**
   * The partitions found.
   *
   * @param rowLabels cluster of each row, in 0 … rowClusters−1
   * @param columnLabels cluster of each column, in 0 … columnClusters−1
   */
  public record Partition(int[] rowLabels, int[] columnLabels) {}

  private SpectralCoclustering() {}

  /**
   * Co-clusters a non-negative matrix whose rows and columns all have positive sums.
   *
   * @param matrix A
   * @param rowClusters number of row clusters
   * @param columnClusters number of column clusters
   * @param rng source of the SVD's test block and of the k-means seedings
   */
  public static Partition cluster(DMatrixSparseCSC matrix, int rowClusters, int columnClusters,
      RandomGenerator rng) {
    double[] rowScale = inverseSqrt(CommonOps_DSCC.sumRows(matrix, null), "row");
    double[] columnScale = inverseSqrt(CommonOps_DSCC.sumCols(matrix, null), "column");
    DMatrixSparseCSC normalised = matrix.copy();
    CommonOps_DSCC.multRows(rowScale, 0, normalised);
    CommonOps_DSCC.multColumns(normalised, columnScale, 0);
    int k = Math.max(rowClusters, columnClusters);
    int dimensions = Math.max(1, 64 - Long.numberOfLeadingZeros(k - 1L));
    TruncatedSvd svd = TruncatedSvd.of(normalised, dimensions + 1, rng);
    double[][] rowPoints = embed(svd.left(), rowScale, dimensions);
    double[][] columnPoints = embed(svd.right(), columnScale, dimensions);
    return new Partition(KMeans.cluster(rowPoints, rowClusters, rng),
        KMeans.cluster(columnPoints, columnClusters, rng));
  }

  /** Rows of D^{−1/2} · vectors 2 … dimensions+1. */
  private static double[][] embed(DMatrixRMaj vectors, double[] scale, int dimensions) {
    double[][] points = new double[vectors.numRows][dimensions];
    for (int i = 0; i < vectors.numRows; i++) {
      for (int d = 0; d < dimensions; d++) {
        points[i][d] = scale[i] * vectors.get(i, d + 1);
      }
    }
    return points;
  }

  /** D^{−1/2} of the degrees (row or column sums, a vector), checking each is positive. */
  private static double[] inverseSqrt(DMatrixRMaj degrees, String side) {
    double[] out = new double[degrees.getNumElements()];
    for (int i = 0; i < out.length; i++) {
      double degree = degrees.get(i);
      if (!(degree > 0)) {
        throw new IllegalArgumentException(side + " " + i + " has no positive entry");
      }
      out[i] = 1 / Math.sqrt(degree);
    }
    return out;
  }
}
