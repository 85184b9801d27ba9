package org.recbench.menus.preference;

import org.recbench.protocol.menu.PreferenceModel;
/**
 * The constant preference model f_i(v) = c_i: memory has no effect, so IRD(v) is the same set
 * for every v and equals EIRD (the toy example of Section 2.2 when all c_i are equal).
 */
public final class ConstantPreferences implements PreferenceModel {

  private final double[] scores;
  private final double lambda;

  /**
   * @throws IllegalArgumentException unless every score is in [λ, 1]
   */
  public ConstantPreferences(double[] scores, double lambda) {
    Scores.requireLowerBound(lambda);
    for (int i = 0; i < scores.length; i++) {
      Scores.requireInRange(scores[i], lambda, "constant score " + i);
    }
    this.scores = scores.clone();
    this.lambda = lambda;
  }

  /** All scores equal to 1. */
  public static ConstantPreferences uniform(int items) {
    double[] ones = new double[items];
    java.util.Arrays.fill(ones, 1.0);
    return new ConstantPreferences(ones, 1.0);
  }

  @Override
  public int items() {
    return scores.length;
  }

  @Override
  public double lowerBound() {
    return lambda;
  }

  @Override
  public void scores(double[] memory, double[] out) {
    System.arraycopy(scores, 0, out, 0, scores.length);
  }
}
