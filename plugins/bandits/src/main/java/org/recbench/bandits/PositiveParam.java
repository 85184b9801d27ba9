package org.recbench.bandits;

import org.recbench.api.ConfigurationException;
import org.recbench.api.Params;

/**
 * Reads a parameter that must be strictly positive. {@link org.recbench.api.ParamSpec} ranges are
 * inclusive, so a declared range of [0, ∞) still admits 0; factories reject it here.
 */
final class PositiveParam {

  private PositiveParam() {}

  /**
   * The value of {@code name}.
   *
   * @param component id of the component, for the error message
   * @throws ConfigurationException when the value is not above 0
   */
  static double get(String component, Params params, String name) {
    double value = params.getDouble(name);
    if (!(value > 0)) {
      throw new ConfigurationException(component + ": parameter '" + name + "' is " + value
          + "; expected a value > 0");
    }
    return value;
  }
}
