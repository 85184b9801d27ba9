package org.recbench.assortment.model;

import java.util.random.RandomGenerator;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;

/**
 * A Haar-distributed random orthogonal matrix: the Q factor of a standard Gaussian matrix with
 * the signs of R's diagonal moved into Q (Mezzadri 2007), so that the distribution is uniform
 * rather than biased by the QR convention.
 */
public final class RandomOrthonormal {

  private RandomOrthonormal() {
  }

  /** An n × n orthogonal matrix. */
  public static DMatrixRMaj draw(int n, RandomGenerator rng) {
    DMatrixRMaj g = new DMatrixRMaj(n, n);
    for (int k = 0; k < g.data.length; k++) {
      g.data[k] = rng.nextGaussian();
    }
    QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(n, n);
    if (!qr.decompose(g)) {
      throw new IllegalStateException("QR decomposition of a Gaussian matrix failed");
    }
    DMatrixRMaj q = qr.getQ(null, false);
    DMatrixRMaj r = qr.getR(null, false);
    for (int j = 0; j < n; j++) {
      if (r.get(j, j) < 0.0) {
        for (int i = 0; i < n; i++) {
          q.set(i, j, -q.get(i, j));
        }
      }
    }
    return q;
  }
}
