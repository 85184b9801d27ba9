package org.recbench.churn.movielens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.data.DMatrixSparseTriplet;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.ejml.ops.DConvertMatrixStruct;
import org.junit.jupiter.api.Test;

class SpectralCoclusteringTest {

  /** Rows of block b have weight 5 on 70% of block b's columns and 1 on 10% of the others. */
  static DMatrixSparseCSC planted(int[] rowBlocks, int[] columnBlocks, SplittableRandom rng) {
    DMatrixSparseTriplet entries = new DMatrixSparseTriplet(rowBlocks.length,
        columnBlocks.length, 0);
    for (int r = 0; r < rowBlocks.length; r++) {
      for (int c = 0; c < columnBlocks.length; c++) {
        if (rowBlocks[r] == columnBlocks[c] ? rng.nextDouble() < 0.7 : rng.nextDouble() < 0.1) {
          entries.addItem(r, c, rowBlocks[r] == columnBlocks[c] ? 5 : 1);
        }
      }
    }
    return DConvertMatrixStruct.convert(entries, (DMatrixSparseCSC) null);
  }

  static int[] blocks(int blocks, int size) {
    int[] out = new int[blocks * size];
    for (int i = 0; i < out.length; i++) {
      out[i] = i / size;
    }
    return out;
  }

  /** Whether two labelings define the same partition (equal up to renaming the clusters). */
  static boolean samePartition(int[] found, int[] planted) {
    Map<Integer, Integer> forward = new HashMap<>();
    Map<Integer, Integer> backward = new HashMap<>();
    for (int i = 0; i < found.length; i++) {
      if (forward.putIfAbsent(found[i], planted[i]) != null && forward.get(found[i]) != planted[i]) {
        return false;
      }
      if (backward.putIfAbsent(planted[i], found[i]) != null && backward.get(planted[i]) != found[i]) {
        return false;
      }
    }
    return true;
  }

  @Test
  void coclusteringRecoversPlantedBlocks() {
    for (int k = 2; k <= 5; k++) {
      int[] rows = blocks(k, 25);
      int[] columns = blocks(k, 15);
      DMatrixSparseCSC matrix = planted(rows, columns, new SplittableRandom(k));
      SpectralCoclustering.Partition partition =
          SpectralCoclustering.cluster(matrix, k, k, new SplittableRandom(99));
      assertThat(samePartition(partition.rowLabels(), rows)).as("rows, k=" + k).isTrue();
      assertThat(samePartition(partition.columnLabels(), columns)).as("columns, k=" + k).isTrue();
    }
  }

  @Test
  void truncatedSvdMatchesADenseSvdInValuesAndVectors() {
    DMatrixSparseCSC matrix = planted(blocks(3, 20), blocks(3, 10), new SplittableRandom(5));
    DMatrixRMaj dense = DConvertMatrixStruct.convert(matrix, (DMatrixRMaj) null);
    SingularValueDecomposition_F64<DMatrixRMaj> svd =
        DecompositionFactory_DDRM.svd(dense.numRows, dense.numCols, true, true, true);
    assertThat(svd.decompose(dense.copy())).isTrue();
    DMatrixRMaj u = svd.getU(null, false);
    DMatrixRMaj w = svd.getW(null);
    DMatrixRMaj v = svd.getV(null, false);
    SingularOps_DDRM.descendingOrder(u, false, w, v, false);
    TruncatedSvd top = TruncatedSvd.of(matrix, 3, new SplittableRandom(1));
    for (int i = 0; i < 3; i++) {
      assertThat(top.singularValues()[i]).isCloseTo(w.get(i, i), within(1e-8));
      assertThat(Math.abs(dot(top.left(), u, i))).as("left vector %d", i)
          .isCloseTo(1, within(1e-8));
      assertThat(Math.abs(dot(top.right(), v, i))).as("right vector %d", i)
          .isCloseTo(1, within(1e-8));
    }
  }

  /** Inner product of column i of two matrices with the same number of rows. */
  private static double dot(DMatrixRMaj a, DMatrixRMaj b, int i) {
    double sum = 0;
    for (int r = 0; r < a.numRows; r++) {
      sum += a.get(r, i) * b.get(r, i);
    }
    return sum;
  }
}
