package org.recbench.population.model;

/**
 * Read access to the users' current preference states y_1 … y_N ∈ R^q (paper 000, Eq. 11), for
 * components that must see the population but not change it: the oracle recommender, metrics,
 * charts.
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
