package org.recbench.population.model;

import java.util.random.RandomGenerator;
import org.recbench.protocol.population.AttributeTable;
import org.recbench.protocol.population.Population;
import org.recbench.protocol.population.PreferenceStates;

/**
 * The evolving user population of Lankireddy et al. 2024 (Sec. 3, steps 1, 3 and 5): users arrive
 * i.i.d. with probabilities λ, a recommended product yields the reward X_t = w_{A_t}ᵀ Y_{U_t,t} +
 * η_t (Eq. 7) with η_t ~ N(0, σ²), and the arriving user's state moves towards the recommended
 * product, Y_{U_t,t+1} = Y_{U_t,t} + α_t (w_{A_t} − Y_{U_t,t}) (Eq. 11), with α_t from
 * {@link StepClock}, evaluated as (1 − α_t) Y + α_t w so that α_0 = 1 (t0 = 0) gives exactly
 * w_{A_0}.
 *
 * <p>One step is {@link #nextUser} then {@link #respond}: the reward is computed from the state
 * before the update, then the state moves and the clock advances. States live in one preallocated
 * array; a step allocates nothing. Not thread-safe.
 */
public final class PopulationModel implements PreferenceStates {

  private final Population population;
  private final StepClock clock;
  private final double noiseSd;
  private final double[] cumulativeArrival;
  private final double[] states;
  private final int q;
  private long step;

  /**
   * @param population users, products, λ and y(0)
   * @param noiseSd σ, the standard deviation of the reward noise η_t (≥ 0)
   * @param clockOffset t0 of {@link StepClock} (0 = the paper's step sizes 1/(t + 1))
   * @throws IllegalArgumentException naming the parameter when σ or t0 is out of range
   */
  public PopulationModel(Population population, double noiseSd, long clockOffset) {
    if (!(noiseSd >= 0) || !Double.isFinite(noiseSd)) {
      throw new IllegalArgumentException("reward noise sd: " + noiseSd
          + "; expected a finite number ≥ 0");
    }
    this.population = population;
    this.clock = new StepClock(clockOffset);
    this.noiseSd = noiseSd;
    this.q = population.productDimension();
    this.cumulativeArrival = new double[population.userCount()];
    double sum = 0;
    for (int n = 0; n < cumulativeArrival.length; n++) {
      sum += population.arrivalProbability(n);
      cumulativeArrival[n] = sum;
    }
    this.states = new double[population.userCount() * q];
    reset();
  }

  /** Puts every user back to y_n(0) and the clock to step 0. */
  public void reset() {
    population.initialStates().copyTo(states);
    step = 0;
  }

  /** Samples the arriving user U_t with P(U_t = n) = λ_n (step 1 of Sec. 3). */
  public int nextUser(RandomGenerator rng) {
    double u = rng.nextDouble() * cumulativeArrival[cumulativeArrival.length - 1];
    int lo = 0;
    int hi = cumulativeArrival.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulativeArrival[mid] > u) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** The expected reward w_productᵀ Y_user of recommending {@code product} now (Eq. 7). */
  public double expectedReward(int user, int product) {
    return population.products().dot(product, states, user * q);
  }

  /**
   * Completes step t: returns X_t = w_productᵀ Y_{user,t} + σ·N(0,1) (one Gaussian drawn from
   * {@code rng} even when σ = 0), then applies Eq. 11 with α_t and advances the clock.
   */
  public double respond(int user, int product, RandomGenerator rng) {
    double reward = expectedReward(user, product) + noiseSd * rng.nextGaussian();
    double alpha = clock.stepSize(step);
    AttributeTable products = population.products();
    int base = user * q;
    for (int j = 0; j < q; j++) {
      states[base + j] = (1 - alpha) * states[base + j] + alpha * products.get(product, j);
    }
    step++;
    return reward;
  }

  /** t, the number of completed steps. */
  public long step() {
    return step;
  }

  /** τ_t, the ODE time of the current state ({@link StepClock#odeTime}). */
  public double odeTime() {
    return clock.odeTime(step);
  }

  /** The step-size schedule. */
  public StepClock clock() {
    return clock;
  }

  /** σ. */
  public double noiseSd() {
    return noiseSd;
  }

  /** The fixed description (attributes, λ, y(0)). */
  public Population population() {
    return population;
  }

  @Override
  public int userCount() {
    return population.userCount();
  }

  @Override
  public int stateDimension() {
    return q;
  }

  @Override
  public double state(int user, int component) {
    return states[user * q + component];
  }

  @Override
  public void copyStates(double[] dest) {
    System.arraycopy(states, 0, dest, 0, states.length);
  }
}
