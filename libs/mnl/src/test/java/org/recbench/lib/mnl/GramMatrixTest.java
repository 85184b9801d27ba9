package org.recbench.lib.mnl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

class GramMatrixTest {

  @Test
  void rankOneUpdatesKeepTheExactInverseAndWidth() {
    int p = 6;
    double ridge = 0.5;
    SplittableRandom rng = new SplittableRandom(17);
    GramMatrix gram = new GramMatrix(p, ridge);
    DMatrixRMaj direct = CommonOps_DDRM.identity(p);
    CommonOps_DDRM.scale(ridge, direct);
    double[] z = new double[3 * p];
    for (int n = 0; n < 3000; n++) {
      int offset = p * rng.nextInt(3);
      for (int a = 0; a < p; a++) {
        z[offset + a] = 3.0 * rng.nextGaussian();
      }
      gram.add(z, offset);
      for (int a = 0; a < p; a++) {
        for (int b = 0; b < p; b++) {
          direct.add(a, b, z[offset + a] * z[offset + b]);
        }
      }
    }
    DMatrixRMaj inverse = new DMatrixRMaj(p, p);
    CommonOps_DDRM.invert(direct, inverse);
    DMatrixRMaj kept = gram.inverse();
    for (int a = 0; a < p; a++) {
      for (int b = 0; b < p; b++) {
        assertThat(kept.get(a, b)).isCloseTo(inverse.get(a, b), within(1e-12));
      }
    }
    double[] probe = {1, -2, 0.5, 0, 3, 1};
    double q = 0.0;
    for (int a = 0; a < p; a++) {
      for (int b = 0; b < p; b++) {
        q += probe[a] * inverse.get(a, b) * probe[b];
      }
    }
    assertThat(gram.width(probe, 0)).isCloseTo(Math.sqrt(q), within(1e-12));
    assertThat(gram.updates()).isEqualTo(3000);
  }

  @Test
  void widthBeforeAnyDataIsNormOverSqrtRidge() {
    GramMatrix gram = new GramMatrix(2, 4.0);
    assertThat(gram.width(new double[] {3, 4}, 0)).isCloseTo(2.5, within(1e-15));
    assertThatThrownBy(() -> new GramMatrix(2, 0.0)).hasMessageContaining("ridge");
  }

  @Test
  void ucbRadiusIsOhIyengarTheoremOne() {
    assertThat(UcbRadius.alpha(0.5, 4, 10)).isCloseTo(
        0.5 * Math.sqrt(8 * Math.log(1 + 10 / 4.0) + 2 * Math.log(10)), within(1e-14));
    assertThat(UcbRadius.alpha(1.0, 3, 1)).isCloseTo(Math.sqrt(6 * Math.log(4.0 / 3.0)),
        within(1e-14));
  }
}
