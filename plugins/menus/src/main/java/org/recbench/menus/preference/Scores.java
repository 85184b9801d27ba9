package org.recbench.menus.preference;

/** Validation of score values shared by the preference models. */
final class Scores {

  private Scores() {
  }

  static void requireLowerBound(double lambda) {
    if (!(lambda > 0 && lambda <= 1)) {
      throw new IllegalArgumentException("score lower bound lambda must be in (0, 1], got " + lambda);
    }
  }

  static void requireInRange(double value, double lambda, String what) {
    if (!(value >= lambda && value <= 1)) {
      throw new IllegalArgumentException(
          what + " must be in [lambda, 1] = [" + lambda + ", 1], got " + value);
    }
  }
}
