package org.recbench.assortment.elsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.recbench.assortment.model.RandomOrthonormal;

class SubspaceRotationTest {

  private static final int D1 = 6;
  private static final int D2 = 5;
  private static final int R = 2;

  /** Θ = U₁ diag(3, 1.5) V₁ᵀ with Haar U, V. */
  private static DMatrixRMaj lowRank(DMatrixRMaj u, DMatrixRMaj v) {
    DMatrixRMaj theta = new DMatrixRMaj(D1, D2);
    double[] s = {3.0, 1.5};
    for (int a = 0; a < D1; a++) {
      for (int b = 0; b < D2; b++) {
        double sum = 0.0;
        for (int k = 0; k < R; k++) {
          sum += u.get(a, k) * s[k] * v.get(b, k);
        }
        theta.set(a, b, sum);
      }
    }
    return theta;
  }

  /** Q with its first r columns rotated among themselves and the others among themselves. */
  private static DMatrixRMaj mixWithinBlocks(DMatrixRMaj q, SplittableRandom rng) {
    int d = q.numRows;
    DMatrixRMaj mix = new DMatrixRMaj(d, d);
    CommonOps_DDRM.insert(RandomOrthonormal.draw(R, rng), mix, 0, 0);
    CommonOps_DDRM.insert(RandomOrthonormal.draw(d - R, rng), mix, R, R);
    DMatrixRMaj out = new DMatrixRMaj(d, d);
    CommonOps_DDRM.mult(q, mix, out);
    return out;
  }

  private static double bilinear(DMatrixRMaj theta, double[] x, double[] y) {
    double s = 0.0;
    for (int a = 0; a < D1; a++) {
      for (int b = 0; b < D2; b++) {
        s += x[a] * theta.get(a, b) * y[b];
      }
    }
    return s;
  }

  private static double reducedUtility(SubspaceRotation rotation, DMatrixRMaj theta, double[] x,
      double[] y) {
    double[] xr = new double[D1];
    double[] yr = new double[D2];
    double[] z = new double[rotation.dimension()];
    double[] parameter = new double[rotation.dimension()];
    rotation.rotateUser(x, xr);
    rotation.rotateItems(y, 1, yr);
    rotation.features(xr, yr, 0, z, 0);
    rotation.parameter(theta, parameter);
    double s = 0.0;
    for (int k = 0; k < z.length; k++) {
      s += z[k] * parameter[k];
    }
    return s;
  }

  @Test
  void rotationTruncationVectorisationPreservesUtilitiesWithExactSubspaces() {
    SplittableRandom rng = new SplittableRandom(31);
    DMatrixRMaj u = RandomOrthonormal.draw(D1, rng);
    DMatrixRMaj v = RandomOrthonormal.draw(D2, rng);
    DMatrixRMaj theta = lowRank(u, v);
    // any orthonormal bases of the exact singular subspaces and their complements
    SubspaceRotation rotation = new SubspaceRotation(mixWithinBlocks(u, rng),
        mixWithinBlocks(v, rng), R);
    assertThat(rotation.dimension()).isEqualTo((D1 + D2 - R) * R);
    for (int trial = 0; trial < 50; trial++) {
      double[] x = gaussian(D1, rng);
      double[] y = gaussian(D2, rng);
      assertThat(reducedUtility(rotation, theta, x, y)).isCloseTo(bilinear(theta, x, y),
          within(1e-12));
    }
    DMatrixRMaj back = new DMatrixRMaj(D1, D2);
    double[] parameter = new double[rotation.dimension()];
    rotation.parameter(theta, parameter);
    back.setTo(rotation.matrix(parameter));
    for (int k = 0; k < theta.data.length; k++) {
      assertThat(back.data[k]).isCloseTo(theta.data[k], within(1e-12));
    }
  }

  /**
   * With subspaces that are not Θ's, the truncation drops x'₂ᵀΘ'₂₂y'₂: the reduced utility
   * differs from xᵀΘy by exactly that term, and the term is not zero.
   */
  @Test
  void truncationDropsExactlyTheLowerRightBlockWhenSubspacesAreWrong() {
    SplittableRandom rng = new SplittableRandom(32);
    DMatrixRMaj theta = lowRank(RandomOrthonormal.draw(D1, rng), RandomOrthonormal.draw(D2, rng));
    DMatrixRMaj left = RandomOrthonormal.draw(D1, rng);
    DMatrixRMaj right = RandomOrthonormal.draw(D2, rng);
    SubspaceRotation rotation = new SubspaceRotation(left, right, R);
    DMatrixRMaj rotated = new DMatrixRMaj(D1, D2);
    DMatrixRMaj half = new DMatrixRMaj(D1, D2);
    CommonOps_DDRM.multTransA(left, theta, half);
    CommonOps_DDRM.mult(half, right, rotated);
    double largestGap = 0.0;
    for (int trial = 0; trial < 50; trial++) {
      double[] x = gaussian(D1, rng);
      double[] y = gaussian(D2, rng);
      double[] xr = new double[D1];
      double[] yr = new double[D2];
      rotation.rotateUser(x, xr);
      rotation.rotateItems(y, 1, yr);
      double dropped = 0.0;
      for (int a = R; a < D1; a++) {
        for (int b = R; b < D2; b++) {
          dropped += xr[a] * rotated.get(a, b) * yr[b];
        }
      }
      double gap = bilinear(theta, x, y) - reducedUtility(rotation, theta, x, y);
      assertThat(gap).isCloseTo(dropped, within(1e-12));
      largestGap = Math.max(largestGap, Math.abs(gap));
    }
    assertThat(largestGap).isGreaterThan(0.1);
  }

  @Test
  void fullRankKeepsEveryEntry() {
    SplittableRandom rng = new SplittableRandom(33);
    DMatrixRMaj theta = new DMatrixRMaj(3, 4);
    for (int k = 0; k < theta.data.length; k++) {
      theta.data[k] = rng.nextGaussian();
    }
    SubspaceRotation rotation = SubspaceRotation.of(theta, 3);
    assertThat(rotation.dimension()).isEqualTo(12);
  }

  private static double[] gaussian(int n, SplittableRandom rng) {
    double[] v = new double[n];
    for (int a = 0; a < n; a++) {
      v[a] = rng.nextGaussian();
    }
    return v;
  }
}
