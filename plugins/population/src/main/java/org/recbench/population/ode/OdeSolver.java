package org.recbench.population.ode;

import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.nonstiff.AdaptiveStepsizeIntegrator;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;

/**
 * Integrates a {@link PopulationOde} from τ = 0 with Hipparchus' adaptive Dormand–Prince 8(5,3)
 * integrator and samples the solution at requested times from its dense output (no sample forces
 * a step). The default tolerances are 1e-10 absolute and relative per component.
 */
public final class OdeSolver {

  /** Default absolute tolerance per state component. */
  public static final double DEFAULT_ABSOLUTE_TOLERANCE = 1e-10;
  /** Default relative tolerance per state component. */
  public static final double DEFAULT_RELATIVE_TOLERANCE = 1e-10;
  private static final double MIN_STEP = 1e-12;

  private final double absoluteTolerance;
  private final double relativeTolerance;

  /**
   * @param absoluteTolerance absolute error tolerated per step and component (&gt; 0)
   * @param relativeTolerance relative error tolerated per step and component (&gt; 0)
   */
  public OdeSolver(double absoluteTolerance, double relativeTolerance) {
    if (!(absoluteTolerance > 0) || !(relativeTolerance > 0)) {
      throw new IllegalArgumentException("ODE tolerances: absolute " + absoluteTolerance
          + ", relative " + relativeTolerance + "; expected both > 0");
    }
    this.absoluteTolerance = absoluteTolerance;
    this.relativeTolerance = relativeTolerance;
  }

  /** A solver with the default tolerances. */
  public static OdeSolver withDefaultTolerances() {
    return new OdeSolver(DEFAULT_ABSOLUTE_TOLERANCE, DEFAULT_RELATIVE_TOLERANCE);
  }

  /**
   * Solves from x(0) = {@code initialState} and samples at {@code times}.
   *
   * @param times ODE times, non-decreasing and ≥ 0
   * @throws IllegalArgumentException when the times are not sorted or negative, or the state has
   *     the wrong length
   */
  public OdeTrajectory solve(PopulationOde ode, double[] initialState, double[] times) {
    if (initialState.length != ode.getDimension()) {
      throw new IllegalArgumentException("ODE initial state: " + initialState.length
          + " entries; expected " + ode.getDimension());
    }
    if (times.length == 0) {
      throw new IllegalArgumentException("ODE sample times: expected at least one");
    }
    for (int i = 0; i < times.length; i++) {
      if (!(times[i] >= 0) || !Double.isFinite(times[i]) || (i > 0 && times[i] < times[i - 1])) {
        throw new IllegalArgumentException("ODE sample times: entry " + i + " is " + times[i]
            + "; expected finite, ≥ 0 and non-decreasing");
      }
    }
    double[] sampleTimes = times.clone();
    double[][] states = new double[sampleTimes.length][];
    int first = 0;
    while (first < sampleTimes.length && sampleTimes[first] == 0) {
      states[first++] = initialState.clone();
    }
    double end = sampleTimes[sampleTimes.length - 1];
    int evaluations = 0;
    if (end > 0) {
      AdaptiveStepsizeIntegrator integrator = new DormandPrince853Integrator(MIN_STEP, end,
          absoluteTolerance, relativeTolerance);
      integrator.addStepHandler(new Sampler(sampleTimes, states, first));
      integrator.integrate(ode, new ODEState(0, initialState.clone()), end);
      evaluations = integrator.getEvaluations();
    }
    return new OdeTrajectory(ode, sampleTimes, states, evaluations);
  }

  /** Fills the samples that fall inside each accepted step from the step's interpolator. */
  private static final class Sampler implements ODEStepHandler {

    private final double[] times;
    private final double[][] states;
    private int next;

    Sampler(double[] times, double[][] states, int next) {
      this.times = times;
      this.states = states;
      this.next = next;
    }

    @Override
    public void handleStep(ODEStateInterpolator interpolator) {
      double stepEnd = interpolator.getCurrentState().getTime();
      while (next < times.length && times[next] <= stepEnd) {
        states[next] = interpolator.getInterpolatedState(times[next]).getPrimaryState();
        next++;
      }
    }
  }
}
