package org.recbench.menus.preference;

import java.util.random.RandomGenerator;
import org.recbench.protocol.menu.PreferenceModel;

/**
 * A random family of (λ, β)-scale-bounded, smooth preference models (Definition 3, as
 * reconstructed in the module README): with the linear reference g(v_i) = λ + (1 − λ) v_i,
 * max(λ, g(v_i)/β) ≤ f_i(v) ≤ min(1, β·g(v_i)), so scores stay within a factor β of an
 * increasing linear function of the item's own memory weight (β = 1 is
 * {@link LinearPreferences#familiarity}).
 *
 * <p>Drawn as f_i(v) = clamp(g(v_i)·β^{h_i(v)}, λ, 1) with the smooth random perturbation
 * h_i(v) = Σ_{m<M} a_im cos(⟨w_im, v⟩ + φ_im), Σ_m |a_im| = 1 (so |h_i| ≤ 1), w_im entries uniform
 * in [−ω, ω] and φ_im uniform in [0, 2π). Clamping keeps both bounds: if g β^h < λ then
 * g/β < λ, and if g β^h > 1 then β g > 1. Each f_i is Lipschitz in ℓ1 with constant at most
 * β·((1 − λ) + ω ln β).
 */
public final class ScaleBoundedPreferences implements PreferenceModel {

  private final int n;
  private final int features;
  private final double lambda;
  private final double logBeta;
  private final double beta;
  private final double[] amplitude;
  private final double[] frequency;
  private final double[] phase;

  private ScaleBoundedPreferences(int n, int features, double lambda, double beta,
      double[] amplitude, double[] frequency, double[] phase) {
    this.n = n;
    this.features = features;
    this.lambda = lambda;
    this.beta = beta;
    this.logBeta = Math.log(beta);
    this.amplitude = amplitude;
    this.frequency = frequency;
    this.phase = phase;
  }

  /**
   * Draws a model over {@code items} items with {@code features} cosine features per item of
   * frequency at most {@code omega}.
   *
   * @throws IllegalArgumentException unless λ ∈ (0, 1], β ≥ 1, features ≥ 1 and ω ≥ 0
   */
  public static ScaleBoundedPreferences random(int items, double lambda, double beta,
      int features, double omega, RandomGenerator random) {
    Scores.requireLowerBound(lambda);
    if (!(beta >= 1) || Double.isInfinite(beta)) {
      throw new IllegalArgumentException("scale bound beta must be finite and >= 1, got " + beta);
    }
    if (features < 1) {
      throw new IllegalArgumentException("features must be >= 1, got " + features);
    }
    if (!(omega >= 0) || Double.isInfinite(omega)) {
      throw new IllegalArgumentException("frequency omega must be finite and >= 0, got " + omega);
    }
    double[] amplitude = new double[items * features];
    double[] frequency = new double[items * features * items];
    double[] phase = new double[items * features];
    for (int i = 0; i < items; i++) {
      double total = 0;
      for (int m = 0; m < features; m++) {
        int f = i * features + m;
        amplitude[f] = 2 * random.nextDouble() - 1;
        total += Math.abs(amplitude[f]);
        phase[f] = 2 * Math.PI * random.nextDouble();
        for (int j = 0; j < items; j++) {
          frequency[f * items + j] = omega * (2 * random.nextDouble() - 1);
        }
      }
      for (int m = 0; m < features; m++) {
        amplitude[i * features + m] /= total;
      }
    }
    return new ScaleBoundedPreferences(items, features, lambda, beta, amplitude, frequency, phase);
  }

  /** Lower bound max(λ, g(v_i)/β) of Definition 3 at memory weight {@code weight}. */
  public static double lower(double weight, double lambda, double beta) {
    return Math.max(lambda, (lambda + (1 - lambda) * weight) / beta);
  }

  /** Upper bound min(1, β g(v_i)) of Definition 3 at memory weight {@code weight}. */
  public static double upper(double weight, double lambda, double beta) {
    return Math.min(1.0, beta * (lambda + (1 - lambda) * weight));
  }

  /** The scale bound β. */
  public double beta() {
    return beta;
  }

  @Override
  public int items() {
    return n;
  }

  @Override
  public double lowerBound() {
    return lambda;
  }

  @Override
  public void scores(double[] memory, double[] out) {
    for (int i = 0; i < n; i++) {
      double perturbation = 0;
      for (int m = 0; m < features; m++) {
        int f = i * features + m;
        double dot = phase[f];
        int w = f * n;
        for (int j = 0; j < n; j++) {
          dot += frequency[w + j] * memory[j];
        }
        perturbation += amplitude[f] * Math.cos(dot);
      }
      double reference = lambda + (1 - lambda) * memory[i];
      out[i] = Math.min(1.0, Math.max(lambda, reference * Math.exp(logBeta * perturbation)));
    }
  }
}
