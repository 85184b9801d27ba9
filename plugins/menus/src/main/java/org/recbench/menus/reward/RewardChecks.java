package org.recbench.menus.reward;

/** Validation shared by the reward sequences. */
final class RewardChecks {

  private RewardChecks() {
  }

  static void requireUnit(double value, String what) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(what + " must be in [0, 1], got " + value);
    }
  }
}
