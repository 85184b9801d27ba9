package org.recbench.churn.movielens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.junit.jupiter.api.Test;

class SpectralCoclusteringTest {

  /** Rows of block b have weight 5 on 70% of block b's columns and 1 on 10% of the others. */
  static SparseMatrix planted(int[] rowBlocks, int[] columnBlocks, SplittableRandom rng) {
    List<int[]> entries = new ArrayList<>();
    for (int r = 0; r < rowBlocks.length; r++) {
      for (int c = 0; c < columnBlocks.length; c++) {
        if (rowBlocks[r] == columnBlocks[c] ? rng.nextDouble() < 0.7 : rng.nextDouble() < 0.1) {
          entries.add(new int[] {r, c, rowBlocks[r] == columnBlocks[c] ? 5 : 1});
        }
      }
    }
    return SparseMatrix.fromTriplets(rowBlocks.length, columnBlocks.length,
        entries.stream().mapToInt(e -> e[0]).toArray(),
        entries.stream().mapToInt(e -> e[1]).toArray(),
        entries.stream().mapToDouble(e -> e[2]).toArray());
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
      SparseMatrix matrix = planted(rows, columns, new SplittableRandom(k));
      SpectralCoclustering.Partition partition =
          SpectralCoclustering.cluster(matrix, k, k, new SplittableRandom(99));
      assertThat(samePartition(partition.rowLabels(), rows)).as("rows, k=" + k).isTrue();
      assertThat(samePartition(partition.columnLabels(), columns)).as("columns, k=" + k).isTrue();
    }
  }

  @Test
  void truncatedSvdMatchesADenseSvd() {
    SparseMatrix matrix = planted(blocks(3, 20), blocks(3, 10), new SplittableRandom(5));
    DMatrixRMaj dense = matrix.times(CommonOps_DDRM.identity(matrix.columns()));
    SingularValueDecomposition_F64<DMatrixRMaj> svd =
        DecompositionFactory_DDRM.svd(dense.numRows, dense.numCols, false, false, true);
    assertThat(svd.decompose(dense.copy())).isTrue();
    double[] exact = svd.getSingularValues().clone();
    Arrays.sort(exact);
    double[] top = TruncatedSvd.of(matrix, 3, new SplittableRandom(1)).singularValues();
    for (int i = 0; i < 3; i++) {
      assertThat(top[i]).isCloseTo(exact[exact.length - 1 - i], within(1e-8));
    }
  }

  @Test
  void duplicateEntriesAreSummedAndSumsAreKept() {
    SparseMatrix matrix = SparseMatrix.fromTriplets(2, 3, new int[] {0, 1, 0, 0},
        new int[] {2, 0, 2, 1}, new double[] {1, 4, 2, 5});
    assertThat(matrix.rowSums()).containsExactly(8, 4);
    assertThat(matrix.columnSums()).containsExactly(4, 5, 3);
  }
}
