package org.recbench.protocol.population;

/**
 * Read access to the users' current preference states y_1 … y_N ∈ R^q (Eq. 11 of the paper
 * cited in {@link PopulationProtocol}), for components that must see the population but not
 * change it: oracle baselines, metrics, figures. A live view: it changes as the environment
 * steps.
 */
public interface PreferenceStates {

  /** N. */
  int userCount();

  /** q. */
  int stateDimension();

  /** Component {@code component} of y_user. */
  double state(int user, int component);

  /** Copies y_1 … y_N, row-major, into {@code dest[0 .. N·q)}. */
  void copyStates(double[] dest);
}
