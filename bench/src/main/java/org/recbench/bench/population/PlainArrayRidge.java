package org.recbench.bench.population;

/**
 * The ridge least-squares estimate of {@code RidgeLeastSquares} (Eq. 8 of Lankireddy et al. 2024,
 * Sherman–Morrison updates of B⁻¹) written with plain arrays and loops instead of EJML calls, so
 * the benchmark can show what EJML's call overhead costs at d = pq = 25. Same arithmetic in the
 * same order: g = B⁻¹C, r = X − Cᵀθ̂, u = g / √(1 + Cᵀg), B⁻¹ −= u uᵀ, θ̂ += u r / √(1 + Cᵀg).
 */
final class PlainArrayRidge {

  private final int d;
  private final double[] inverse;
  private final double[] estimate;
  private final double[] gain;

  PlainArrayRidge(int dimension, double ridge) {
    this.d = dimension;
    this.inverse = new double[d * d];
    this.estimate = new double[d];
    this.gain = new double[d];
    for (int i = 0; i < d; i++) {
      inverse[i * d + i] = 1 / ridge;
    }
  }

  void update(double[] context, double reward) {
    double denominator = 1;
    double prediction = 0;
    for (int i = 0; i < d; i++) {
      double sum = 0;
      int row = i * d;
      for (int j = 0; j < d; j++) {
        sum += inverse[row + j] * context[j];
      }
      gain[i] = sum;
      denominator += context[i] * sum;
      prediction += context[i] * estimate[i];
    }
    double root = Math.sqrt(denominator);
    double scale = 1 / root;
    double step = (reward - prediction) / root;
    for (int i = 0; i < d; i++) {
      gain[i] *= scale;
    }
    for (int i = 0; i < d; i++) {
      double ui = gain[i];
      int row = i * d;
      for (int j = 0; j < d; j++) {
        inverse[row + j] -= ui * gain[j];
      }
      estimate[i] += step * ui;
    }
  }

  /** The live θ̂ (not to be modified). */
  double[] estimate() {
    return estimate;
  }
}
