package org.recbench.menus.dbg;

import java.util.Arrays;
import org.recbench.menus.simplex.ConvexProjection;

/**
 * Deferred Bandit Gradient (Section 3.2, Theorem 1; Appendix A), the learner of Algorithms 1
 * and 2: projected online gradient ascent over contracting convex sets X_1 ⊇ X_2 ⊇ … of the
 * simplex, played through an importance-weighted bandit estimate whose contribution is deferred
 * over the next D rounds.
 *
 * <p>Round t plays x_t = (1 − ξ) y_t + ξ u (u uniform, so x_t,i ≥ ξ/n bounds the importance
 * weights; u ∈ EIRD ⊆ X_t when λ ≥ (k−1)/(n−1), Section 3.3). After seeing reward r of item i,
 * drawn with probability p (the realised distribution may differ from x_t by an unobserved
 * perturbation, which Theorem 1 tolerates), the estimate ĝ = (r/p) e_i is deferred: each step
 * uses the average of the last D estimates, g̃_t = (1/D) Σ_{s=t−D+1}^{t} ĝ_s, so every
 * observation moves the iterate in D slices of 1/D. Linearity makes this unbiased up to the
 * last D rounds, and averaging D independent one-hot estimates divides the second moment of the
 * gradient by about D (the binomial argument of Theorem 1's proof). Then
 * y_{t+1} = Π_{X_{t+1}}(y_t + η g̃_t). O(n) plus the projection per round; no allocation.
 */
public final class DeferredBanditGradient {

  /**
   * Step size η, uniform exploration ξ ∈ [0, 1) and deferral window D ≥ 1.
   */
  public record Settings(double stepSize, double exploration, int deferral) {

    /**
     * @throws IllegalArgumentException unless η > 0, ξ ∈ [0, 1) and D ≥ 1
     */
    public Settings {
      if (!(stepSize > 0) || Double.isInfinite(stepSize)) {
        throw new IllegalArgumentException("DBG step size must be positive, got " + stepSize);
      }
      if (!(exploration >= 0 && exploration < 1)) {
        throw new IllegalArgumentException("DBG exploration xi must be in [0, 1), got " + exploration);
      }
      if (deferral < 1) {
        throw new IllegalArgumentException("DBG deferral window must be >= 1, got " + deferral);
      }
    }

    /**
     * Defaults for T rounds over n items (our calibration, see the module README):
     * ξ = min(1/2, T^{−1/4}), D = ⌈T^{1/4}⌉ and η = √(2 / (T·G²)) with the bound
     * G² = n (1 + n/(ξ D)) on E‖g̃‖² from Theorem 1's binomial argument (simplex diameter √2).
     */
    public static Settings defaults(int items, long horizon) {
      double xi = Math.min(0.5, Math.pow(horizon, -0.25));
      int d = (int) Math.ceil(Math.pow(horizon, 0.25));
      return new Settings(stepSize(items, horizon, xi, d), xi, d);
    }

    /** The default step size η = √(2 / (T·G²)), G² = n (1 + n/(ξ D)), for given ξ > 0 and D. */
    public static double stepSize(int items, long horizon, double exploration, int deferral) {
      double g2 = items * (1 + items / (exploration * deferral));
      return Math.sqrt(2.0 / (horizon * g2));
    }
  }

  private final int n;
  private final Settings settings;
  private final ConvexProjection domain;
  private final double[] y;
  private final double[] x;
  private final double[] deferred;
  private final int[] pendingItem;
  private final double[] pendingValue;
  private int pending;
  private long steps;

  /**
   * Starts at the uniform distribution (which every X_t must contain).
   *
   * @param domain projection onto the current set X_t; it may contract between rounds
   */
  public DeferredBanditGradient(int items, Settings settings, ConvexProjection domain) {
    this.n = items;
    this.settings = settings;
    this.domain = domain;
    this.y = new double[items];
    this.x = new double[items];
    this.deferred = new double[items];
    this.pendingItem = new int[settings.deferral()];
    this.pendingValue = new double[settings.deferral()];
    Arrays.fill(y, 1.0 / items);
    mix();
  }

  /** The distribution x_t to play; a live view, valid until the next update. */
  public double[] target() {
    return x;
  }

  /**
   * Feeds back the reward of round t and takes the OGD step.
   *
   * @param item the chosen item
   * @param reward its reward in [0, 1]
   * @param probability the probability with which it was believed to be drawn (x_t,i, or the
   *     realisable target the caller actually aimed at)
   */
  public void update(int item, double reward, double probability) {
    int slot = (int) (steps % settings.deferral());
    if (steps >= settings.deferral()) {
      deferred[pendingItem[slot]] -= pendingValue[slot];
    }
    double estimate = reward / probability / settings.deferral();
    pendingItem[slot] = item;
    pendingValue[slot] = estimate;
    deferred[item] += estimate;
    pending = (int) Math.min(settings.deferral(), steps + 1);
    steps++;
    for (int i = 0; i < n; i++) {
      y[i] += settings.stepSize() * deferred[i];
    }
    domain.project(y, y);
    mix();
  }

  /** Re-projects the iterate after the domain contracted, without a gradient step. */
  public void reproject() {
    domain.project(y, y);
    mix();
  }

  private void mix() {
    double xi = settings.exploration();
    for (int i = 0; i < n; i++) {
      x[i] = (1 - xi) * y[i] + xi / n;
    }
  }

  /** Number of estimates currently deferred (at most D). */
  public int pending() {
    return pending;
  }

  /** The settings. */
  public Settings settings() {
    return settings;
  }
}
