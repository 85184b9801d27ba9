package org.recbench.lib.mnl;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Maximum-likelihood estimation of θ in the linear-utility MNL model (the MLE of Oh and Iyengar
 * 2021, Alg. 1, and of paper 003, Eq. 6 and the unconstrained initialisation of Alg. 1), by
 * damped Newton's method on F(θ) = ℓ(θ) + (λ/2)‖θ‖², λ ≥ 0 a ridge.
 *
 * <p>ℓ is convex with the closed-form Hessian of {@link MnlLikelihood}, so each iteration solves
 * (∇²F) d = ∇F by Cholesky (EJML), backtracks θ − s·d until the Armijo condition
 * F(θ − s d) ≤ F(θ) − s·δ/4 holds (δ = ∇Fᵀd, the squared Newton decrement), and stops when
 * δ/2 — which bounds F(θ) − min F near the optimum — falls below the tolerance. Warm-started
 * from the previous round's estimate, one or two iterations suffice. Without a ridge the MLE
 * need not exist (separable choices); the ridge, even tiny, makes F strictly convex.
 *
 * <p>All buffers are allocated once for the dimension; not thread-safe.
 */
public final class MnlMle {

  /** Default stopping tolerance on half the squared Newton decrement (in log-likelihood units). */
  public static final double DEFAULT_TOLERANCE = 1e-10;
  /** Default cap on Newton iterations. */
  public static final int DEFAULT_MAX_ITERATIONS = 500;

  private static final int MAX_HALVINGS = 60;

  private final int dimension;
  private final MnlLikelihood likelihood;
  private final double[] direction;
  private final double[] trial;
  private final DMatrixRMaj directionVector;
  private final LinearSolverDense<DMatrixRMaj> solver;
  private final double tolerance;
  private final int maxIterations;
  private double[] gradient;
  private double[] trialGradient;
  private DMatrixRMaj gradientVector;
  private DMatrixRMaj trialGradientVector;
  private DMatrixRMaj hessian;
  private DMatrixRMaj trialHessian;
  private final DMatrixRMaj lastHessian;
  private final DMatrixRMaj approximation;
  private double objective;

  /** A solver for dimension p with the default tolerance and iteration cap. */
  public MnlMle(int dimension) {
    this(dimension, DEFAULT_TOLERANCE, DEFAULT_MAX_ITERATIONS);
  }

  /** A solver for dimension p. */
  public MnlMle(int dimension, double tolerance, int maxIterations) {
    if (dimension < 1) {
      throw new IllegalArgumentException("dimension must be at least 1, got " + dimension);
    }
    if (!(tolerance > 0.0) || maxIterations < 1) {
      throw new IllegalArgumentException("tolerance must be positive and maxIterations at least"
          + " 1, got " + tolerance + " and " + maxIterations);
    }
    this.dimension = dimension;
    this.likelihood = new MnlLikelihood(dimension);
    this.gradient = new double[dimension];
    this.trialGradient = new double[dimension];
    this.direction = new double[dimension];
    this.trial = new double[dimension];
    this.hessian = new DMatrixRMaj(dimension, dimension);
    this.trialHessian = new DMatrixRMaj(dimension, dimension);
    this.lastHessian = new DMatrixRMaj(dimension, dimension);
    this.approximation = new DMatrixRMaj(dimension, dimension);
    this.gradientVector = DMatrixRMaj.wrap(dimension, 1, gradient);
    this.trialGradientVector = DMatrixRMaj.wrap(dimension, 1, trialGradient);
    this.directionVector = DMatrixRMaj.wrap(dimension, 1, direction);
    this.solver = LinearSolverFactory_DDRM.symmPosDef(dimension);
    this.tolerance = tolerance;
    this.maxIterations = maxIterations;
  }

  /**
   * Minimises ℓ(θ) + (ridge/2)‖θ‖² over the log, starting from and overwriting {@code theta};
   * returns the number of Newton iterations taken.
   *
   * <p>Each iteration evaluates ℓ, ∇ℓ and ∇²ℓ together at the full Newton step, which the
   * Armijo test almost always accepts, so an iteration costs one pass over the data;
   * backtracking (value only) happens only when the full step fails.
   *
   * @throws IllegalStateException if the Hessian is singular (no ridge and too few
   *     observations) or the iteration cap is reached
   */
  public int fit(ChoiceLog log, double ridge, double[] theta) {
    if (!(ridge >= 0.0) || Double.isInfinite(ridge)) {
      throw new IllegalArgumentException("ridge must be a finite number ≥ 0, got " + ridge);
    }
    double value = full(log, ridge, theta, gradient, hessian);
    for (int iteration = 0; iteration < maxIterations; iteration++) {
      lastHessian.setTo(hessian);
      if (!solver.setA(hessian)) {
        throw new IllegalStateException("MNL Hessian of dimension " + dimension
            + " is not positive definite after " + log.rounds()
            + " rounds: add a ridge or more observations");
      }
      solver.solve(gradientVector, directionVector);
      double decrement = 0.0;
      for (int a = 0; a < dimension; a++) {
        decrement += gradient[a] * direction[a];
      }
      if (decrement / 2.0 <= tolerance) {
        objective = value;
        return iteration;
      }
      for (int a = 0; a < dimension; a++) {
        trial[a] = theta[a] - direction[a];
      }
      double candidate = full(log, ridge, trial, trialGradient, trialHessian);
      if (candidate <= value - 0.25 * decrement) {
        System.arraycopy(trial, 0, theta, 0, dimension);
        value = candidate;
        swapBuffers();
        continue;
      }
      double step = 0.5;
      boolean accepted = false;
      for (int halving = 1; halving < MAX_HALVINGS && !accepted; halving++) {
        for (int a = 0; a < dimension; a++) {
          trial[a] = theta[a] - step * direction[a];
        }
        candidate = likelihood.value(log, trial) + 0.5 * ridge * squaredNorm(trial);
        accepted = candidate <= value - 0.25 * step * decrement;
        step *= 0.5;
      }
      if (!(candidate < value)) {
        objective = value;
        return iteration;
      }
      System.arraycopy(trial, 0, theta, 0, dimension);
      value = full(log, ridge, theta, gradient, hessian);
    }
    throw new IllegalStateException("MNL maximum likelihood did not converge in "
        + maxIterations + " Newton iterations (dimension " + dimension + ", " + log.rounds()
        + " rounds); the MLE may not exist without a ridge");
  }

  /**
   * The same minimisation by Newton steps with a fixed Hessian approximation H̃ (symmetric
   * positive definite, ridge included, e.g. a recent {@link #lastHessian()} plus the new rounds'
   * terms): θ ← θ − s·H̃⁻¹∇F(θ) with Armijo backtracking until ½∇FᵀH̃⁻¹∇F ≤ tolerance. The
   * minimiser is the same as {@link #fit}'s; each iteration costs one gradient pass (O(p) per
   * offered item instead of O(p²)) and convergence is linear, fast when H̃ is close to ∇²F.
   *
   * @return the iterations taken, or −1 if {@code maxSteps} did not suffice or H̃ is not positive
   *     definite ({@code theta} then holds the last accepted iterate, which has not increased F)
   */
  public int refit(ChoiceLog log, double ridge, double[] theta, DMatrixRMaj hessianApproximation,
      int maxSteps) {
    approximation.setTo(hessianApproximation);
    if (!solver.setA(approximation)) {
      return -1;
    }
    double value = valueAndGradient(log, ridge, theta, gradient);
    for (int iteration = 0; iteration < maxSteps; iteration++) {
      solver.solve(gradientVector, directionVector);
      double decrement = 0.0;
      for (int a = 0; a < dimension; a++) {
        decrement += gradient[a] * direction[a];
      }
      if (decrement / 2.0 <= tolerance) {
        objective = value;
        return iteration;
      }
      double step = 1.0;
      boolean accepted = false;
      for (int halving = 0; halving < MAX_HALVINGS && !accepted; halving++) {
        for (int a = 0; a < dimension; a++) {
          trial[a] = theta[a] - step * direction[a];
        }
        double candidate = valueAndGradient(log, ridge, trial, trialGradient);
        if (candidate <= value - 0.25 * step * decrement) {
          accepted = true;
          value = candidate;
          System.arraycopy(trial, 0, theta, 0, dimension);
          double[] g = gradient;
          gradient = trialGradient;
          trialGradient = g;
          DMatrixRMaj gv = gradientVector;
          gradientVector = trialGradientVector;
          trialGradientVector = gv;
        }
        step *= 0.5;
      }
      if (!accepted) {
        objective = value;
        return -1;
      }
    }
    objective = value;
    return -1;
  }

  /** ∇²F at the estimate returned by the last successful {@link #fit} (ridge included). */
  public DMatrixRMaj lastHessian() {
    return lastHessian;
  }

  private double valueAndGradient(ChoiceLog log, double ridge, double[] theta, double[] g) {
    double value = likelihood.gradient(log, theta, g) + 0.5 * ridge * squaredNorm(theta);
    for (int a = 0; a < dimension; a++) {
      g[a] += ridge * theta[a];
    }
    return value;
  }

  /** F, ∇F and ∇²F at θ, ridge included. */
  private double full(ChoiceLog log, double ridge, double[] theta, double[] g, DMatrixRMaj h) {
    double value = likelihood.gradientAndHessian(log, theta, g, h)
        + 0.5 * ridge * squaredNorm(theta);
    for (int a = 0; a < dimension; a++) {
      g[a] += ridge * theta[a];
      h.data[a * dimension + a] += ridge;
    }
    return value;
  }

  private void swapBuffers() {
    double[] g = gradient;
    gradient = trialGradient;
    trialGradient = g;
    DMatrixRMaj gv = gradientVector;
    gradientVector = trialGradientVector;
    trialGradientVector = gv;
    DMatrixRMaj h = hessian;
    hessian = trialHessian;
    trialHessian = h;
  }

  /** F(θ̂) = ℓ(θ̂) + (ridge/2)‖θ̂‖² at the end of the last {@link #fit}. */
  public double objective() {
    return objective;
  }

  /** The likelihood evaluator this solver uses (shares its scratch buffers). */
  public MnlLikelihood likelihood() {
    return likelihood;
  }

  private double squaredNorm(double[] v) {
    double s = 0.0;
    for (int a = 0; a < dimension; a++) {
      s += v[a] * v[a];
    }
    return s;
  }
}
