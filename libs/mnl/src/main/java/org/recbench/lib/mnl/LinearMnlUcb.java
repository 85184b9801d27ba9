package org.recbench.lib.mnl;

import org.ejml.data.DMatrixRMaj;

/**
 * The UCB step shared by UCB-MNL (Oh and Iyengar 2021, Alg. 1) and the UCB stage of ELSA
 * (paper 003, Sec. 3.2, Alg. 2) on feature vectors z ∈ R^p: optimistic utilities
 * z_iᵀθ̂ + α·‖z_i‖_{V⁻¹} (paper 003, Eq. 5), and, after the round's choice, the design update
 * V ← V + Σ_{i∈S} z_i z_iᵀ and the MLE refit θ̂ = argmin ℓ(θ) + (λ/2)‖θ‖² over all rounds so far
 * (paper 003, Eq. 6).
 *
 * <p>Rounds are first {@link #record recorded} and become part of V and θ̂ at the next
 * {@link #commit}: committing every round is the per-round algorithm, committing every B rounds
 * the batched variant (paper 003, Appendix S.5.3), committing once after a random exploration
 * phase is how both algorithms start. The same λ is the prior precision of V = λI + Σ z zᵀ and
 * the ridge of the MLE.
 */
public final class LinearMnlUcb {

  /** Steps allowed to the lagged-Hessian refit before falling back to exact Newton. */
  private static final int LAGGED_STEPS = 8;

  private final int dimension;
  private final double ridge;
  private final ChoiceLog log;
  private final GramMatrix gram;
  private final MnlMle mle;
  private final double[] estimate;
  private final DMatrixRMaj hessian;
  private final int refreshPeriod;
  private int committed;
  private int sinceExact = -1;

  /** θ̂ = 0 and V = λI in dimension p; {@code roundsHint} sizes the observation log. */
  public LinearMnlUcb(int dimension, double ridge, int roundsHint) {
    this.dimension = dimension;
    this.ridge = ridge;
    this.log = new ChoiceLog(dimension, roundsHint);
    this.gram = new GramMatrix(dimension, ridge);
    this.mle = new MnlMle(dimension);
    this.estimate = new double[dimension];
    this.hessian = new DMatrixRMaj(dimension, dimension);
    this.refreshPeriod = Math.max(8, dimension);
  }

  /**
   * Writes z_iᵀθ̂ + α‖z_i‖_{V⁻¹} for the rows i &lt; items of the row-major feature matrix into
   * {@code out}.
   */
  public void optimisticUtilities(double[] features, int items, double alpha, double[] out) {
    for (int i = 0; i < items; i++) {
      int row = i * dimension;
      double mean = 0.0;
      for (int a = 0; a < dimension; a++) {
        mean += features[row + a] * estimate[a];
      }
      out[i] = alpha == 0.0 ? mean : mean + alpha * gram.width(features, row);
    }
  }

  /**
   * Records a round: the offered rows {@code offered[0..size)} of the row-major feature matrix
   * and the position in {@code offered} of the chosen item (or {@link MnlChoice#NO_PURCHASE}).
   */
  public void record(double[] features, int[] offered, int size, int chosenPosition) {
    log.add(features, offered, size, chosenPosition);
  }

  /**
   * Adds the rounds recorded since the last commit to V and refits θ̂ from the current
   * estimate; returns the Newton iterations.
   *
   * <p>The refit is exact Newton ({@link MnlMle#fit}) every p-th commit (at least every 8th) and
   * whenever the cheaper path fails; in between it reuses the last exact Hessian plus the new
   * rounds' Hessian terms at θ̂ ({@link MnlMle#refit}), which reaches the same MLE with gradient
   * passes only, so the Hessian's O(p²)-per-item cost is paid about once per p rounds.
   */
  public int commit() {
    double[] z = log.features();
    int first = committed;
    for (int t = committed; t < log.rounds(); t++) {
      int start = log.start(t);
      for (int k = 0; k < log.size(t); k++) {
        gram.add(z, (start + k) * dimension);
      }
    }
    committed = log.rounds();
    if (sinceExact >= 0 && sinceExact + 1 < refreshPeriod) {
      for (int t = first; t < committed; t++) {
        mle.likelihood().addRoundHessian(log, t, estimate, hessian);
      }
      int iterations = mle.refit(log, ridge, estimate, hessian, LAGGED_STEPS);
      if (iterations >= 0) {
        sinceExact++;
        return iterations;
      }
    }
    int iterations = mle.fit(log, ridge, estimate);
    hessian.setTo(mle.lastHessian());
    sinceExact = 0;
    return iterations;
  }

  /** Replaces θ̂ (a warm start for the next refit). */
  public void setEstimate(double[] theta) {
    System.arraycopy(theta, 0, estimate, 0, dimension);
  }

  /** θ̂_a. */
  public double estimate(int a) {
    return estimate[a];
  }

  /** A copy of θ̂. */
  public double[] estimate() {
    return estimate.clone();
  }

  /** Rounds recorded (committed or not). */
  public int rounds() {
    return log.rounds();
  }

  /** Rounds recorded since the last commit. */
  public int pending() {
    return log.rounds() - committed;
  }

  /** Feature dimension p. */
  public int dimension() {
    return dimension;
  }

  /** The recorded observations (read-only). */
  public ChoiceLog log() {
    return log;
  }

  /** The design matrix (read-only use). */
  public GramMatrix gram() {
    return gram;
  }
}
