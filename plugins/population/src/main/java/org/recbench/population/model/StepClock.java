package org.recbench.population.model;

/**
 * The step sizes of the simulation and their ODE time (Lankireddy et al. 2024,
 * Eqs. 9–11 and App. A).
 *
 * <p>Convention: steps are numbered t = 0, 1, 2, …; step t is the (t + 1)-th arrival U_t. It
 * reads the state after t steps (preferences Y_{n,t}, estimate θ̂_t), draws A_t and the reward
 * X_t, and produces the state after t + 1 steps with the step size α_t = 1/(t0 + t + 1), where
 * t0 ≥ 0 is the clock offset. t0 = 0 gives the paper's literal α_t = 1/(t + 1) (α_0 = 1: the first
 * arriving user's state is replaced by the recommended product's attributes). A larger t0 starts
 * the process as if t0 steps had already happened, so the first steps are small.
 *
 * <p>The state after t steps sits at ODE time τ_t = Σ_{s=0}^{t−1} α_s = H_{t0+t} − H_{t0}
 * (App. A: "choosing τ such that τ = Σ_{s=0}^{t−1} α_s"), H_m the m-th harmonic number: summed
 * directly below m = 64, otherwise from the asymptotic expansion
 * H_m = ln m + γ + 1/(2m) − 1/(12m²) + 1/(120m⁴) − 1/(252m⁶) (error below 1e-16 there). Since
 * τ_t ≈ ln((t0 + t)/t0), τ = 1000 would need about e^1000 steps: no simulation reaches the
 * paper's horizon.
 *
 * @param offset t0, the clock offset (≥ 0)
 */
public record StepClock(long offset) {

  private static final long DIRECT_SUM_LIMIT = 64;
  private static final double MAX_STEPS = 0x1p40;
  private static final double EULER_GAMMA = 0.57721566490153286060651209;

  /** @throws IllegalArgumentException when the offset is negative */
  public StepClock {
    if (offset < 0) {
      throw new IllegalArgumentException("clock offset t0: " + offset + "; expected ≥ 0");
    }
  }

  /** α_t = 1/(t0 + t + 1), the step size of step t. */
  public double stepSize(long step) {
    return 1.0 / ((double) offset + step + 1);
  }

  /** τ_t = H_{t0+t} − H_{t0}, the ODE time of the state after {@code steps} steps. */
  public double odeTime(long steps) {
    if (steps < 0) {
      throw new IllegalArgumentException("steps: " + steps + "; expected ≥ 0");
    }
    long end = offset + steps;
    if (end < DIRECT_SUM_LIMIT) {
      double sum = 0;
      for (long m = end; m > offset; m--) {
        sum += 1.0 / m;
      }
      return sum;
    }
    if (offset >= DIRECT_SUM_LIMIT) {
      return Math.log1p((double) steps / offset) + expansionTail(end) - expansionTail(offset);
    }
    return Math.log(end) + EULER_GAMMA + expansionTail(end) - harmonic(offset);
  }

  /**
   * The first number of steps t whose state is at ODE time τ_t ≥ {@code tau}.
   *
   * @throws IllegalArgumentException when tau is negative or needs more than 2^40 steps
   */
  public long firstStepReaching(double tau) {
    if (!(tau >= 0)) {
      throw new IllegalArgumentException("ODE time: " + tau + "; expected ≥ 0");
    }
    // H_m ≈ ln(m + 1/2) + γ, so H_m − H_{t0} = τ at m ≈ exp(τ + H_{t0} − γ) − 1/2
    double estimate = Math.exp(tau + harmonic(offset) - EULER_GAMMA) - 0.5 - offset;
    if (!(estimate < MAX_STEPS)) {
      throw new IllegalArgumentException("ODE time τ = " + tau + " with clock offset " + offset
          + " needs about " + estimate + " steps; no simulation reaches it");
    }
    long steps = Math.max(0, (long) Math.floor(estimate));
    while (odeTime(steps) < tau) {
      steps++;
    }
    while (steps > 0 && odeTime(steps - 1) >= tau) {
      steps--;
    }
    return steps;
  }

  /** H_m. */
  private static double harmonic(long m) {
    if (m < DIRECT_SUM_LIMIT) {
      double sum = 0;
      for (long j = m; j >= 1; j--) {
        sum += 1.0 / j;
      }
      return sum;
    }
    return Math.log(m) + EULER_GAMMA + expansionTail(m);
  }

  /** H_m − ln m − γ from the asymptotic expansion (m ≥ 64). */
  private static double expansionTail(long m) {
    double inverse = 1.0 / m;
    double inverse2 = inverse * inverse;
    return inverse / 2 - inverse2 * (1.0 / 12 - inverse2 * (1.0 / 120 - inverse2 / 252));
  }
}
