package org.recbench.population.ode;

/**
 * The solution of a {@link PopulationOde} sampled at requested ODE times τ_0 &lt; τ_1 &lt; …:
 * the full state x(τ_i) = (b, s, y) at each sample, with θ and the preference states read from it.
 */
public final class OdeTrajectory {

  private final PopulationOde ode;
  private final double[] times;
  private final double[][] states;
  private final int evaluations;

  OdeTrajectory(PopulationOde ode, double[] times, double[][] states, int evaluations) {
    this.ode = ode;
    this.times = times;
    this.states = states;
    this.evaluations = evaluations;
  }

  /** Number of samples. */
  public int size() {
    return times.length;
  }

  /** τ_i. */
  public double time(int sample) {
    return times[sample];
  }

  /** Component {@code component} of y_user(τ_i). */
  public double preference(int sample, int user, int component) {
    int q = ode.population().productDimension();
    return states[sample][ode.preferenceOffset() + user * q + component];
  }

  /** Copies y_1(τ_i) … y_N(τ_i), row-major, into {@code dest[0 .. Nq)}. */
  public void copyPreferences(int sample, double[] dest) {
    ode.copyPreferences(states[sample], dest);
  }

  /** Writes θ(τ_i) = s⁻¹b into {@code dest[0 .. pq)}. */
  public void copyTheta(int sample, double[] dest) {
    ode.theta(states[sample], dest);
  }

  /** Writes the softmax probabilities p_{user,k}(τ_i) into {@code dest[0 .. K)}. */
  public void copyChoiceProbabilities(int sample, int user, double[] dest) {
    ode.choiceProbabilities(states[sample], user, dest);
  }

  /** Copies the full state x(τ_i) = (b, s, y) (layout of {@link PopulationOde}). */
  public double[] state(int sample) {
    return states[sample].clone();
  }

  /** Number of derivative evaluations the integrator used. */
  public int evaluations() {
    return evaluations;
  }

  /** The ODE that was solved. */
  public PopulationOde ode() {
    return ode;
  }
}
