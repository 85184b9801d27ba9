package org.recbench.protocol.assortment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ViewsTest {

  @Test
  void viewsShareTheBufferTheirOwnerOverwrites() {
    double[] buffer = {1, 2, 3, 4, 5, 6};
    VectorView window = VectorView.of(buffer, 2, 3);
    MatrixView matrix = MatrixView.of(buffer, 3, 2);
    buffer[3] = 40;
    assertThat(window.get(1)).isEqualTo(40);
    assertThat(matrix.get(1, 1)).isEqualTo(40);
    double[] row = new double[3];
    matrix.copyRowTo(2, row, 1);
    assertThat(row).containsExactly(0, 5, 6);
  }

  @Test
  void readsOutsideTheWindowFailEvenInsideTheArray() {
    VectorView window = VectorView.of(new double[] {1, 2, 3, 4}, 1, 2);
    assertThatThrownBy(() -> window.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
    MatrixView matrix = MatrixView.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
    assertThatThrownBy(() -> matrix.get(0, 3)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> matrix.get(2, 0)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void observationChecksShapesAndCapacity() {
    AssortmentObservation o = AssortmentObservation.of(new double[] {1, 2},
        new double[] {1, 2, 3, 4, 5, 6}, new double[] {1, 1, 1}, 2);
    assertThat(o.itemCount()).isEqualTo(3);
    assertThat(o.itemDimension()).isEqualTo(2);
    assertThat(o.userDimension()).isEqualTo(2);
    assertThatThrownBy(() -> AssortmentObservation.of(new double[0], new double[6],
        new double[3], 4)).hasMessageContaining("capacity must be in 1..N = 3, got 4");
    assertThatThrownBy(() -> AssortmentObservation.of(new double[0], new double[5],
        new double[3], 1)).hasMessageContaining("do not split into 3 equal rows");
  }

  @Test
  void assortmentHolderIsReusedWithinItsSize() {
    Assortment s = new Assortment(3);
    s.set(new int[] {7, 1, 9, 9}, 3);
    assertThat(s.toArray()).containsExactly(7, 1, 9);
    assertThat(s.contains(1)).isTrue();
    s.clear().add(2);
    assertThat(s.size()).isEqualTo(1);
    assertThat(s.toString()).isEqualTo("[2]");
    assertThatThrownBy(() -> s.item(1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> s.set(new int[4], 4)).hasMessageContaining("at most 3");
  }

  @Test
  void relativeErrorIsTheFrobeniusDistanceOverTheNorm() {
    BilinearParameter theta = new BilinearParameter(1, 1, new double[] {0, 0, 0, 3}, 1);
    assertThat(theta.frobeniusNorm()).isEqualTo(3);
    assertThat(theta.relativeError(new double[] {0, 4, 0, 3})).isCloseTo(4.0 / 3, within(1e-15));
    assertThat(theta.get(1, 1)).isEqualTo(3);
    assertThatThrownBy(() -> new BilinearParameter(2, 1, new double[4], 1))
        .hasMessageContaining("has 6 entries, got 4");
  }
}
