package org.recbench.sarsop.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.recbench.protocol.pomdp.FinitePomdp;

/** Entry-wise comparison of finite POMDPs, and copies of their tables. */
public final class Models {

  /** Entry (a, i, j) of a table. */
  @FunctionalInterface
  public interface Entry {
    double get(int a, int i, int j);
  }

  private Models() {}

  /** The table {@code entry} as an array [actions][rows][columns]. */
  public static double[][][] table(int actions, int rows, int columns, Entry entry) {
    double[][][] t = new double[actions][rows][columns];
    for (int a = 0; a < actions; a++) {
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < columns; j++) {
          t[a][i][j] = entry.get(a, i, j);
        }
      }
    }
    return t;
  }

  /** T[a][s][s'] of {@code m}. */
  public static double[][][] transitions(FinitePomdp m) {
    int ns = m.states().size();
    return table(m.actions().size(), ns, ns, m::transition);
  }

  /** O[a][s'][z] of {@code m}. */
  public static double[][][] observations(FinitePomdp m) {
    return table(m.actions().size(), m.states().size(), m.observations().size(), m::observation);
  }

  /** R[a][s] of {@code m}. */
  public static double[][] rewards(FinitePomdp m) {
    double[][] r = new double[m.actions().size()][m.states().size()];
    for (int a = 0; a < r.length; a++) {
      for (int s = 0; s < r[a].length; s++) {
        r[a][s] = m.reward(a, s);
      }
    }
    return r;
  }

  /** Asserts equal names and every number within {@code tolerance}. */
  public static void assertSameModel(FinitePomdp actual, FinitePomdp expected, double tolerance) {
    assertThat(actual.states()).isEqualTo(expected.states());
    assertThat(actual.actions()).isEqualTo(expected.actions());
    assertThat(actual.observations()).isEqualTo(expected.observations());
    assertThat(actual.discount()).isCloseTo(expected.discount(), within(tolerance));
    assertThat(actual.initialBelief()).containsExactly(expected.initialBelief(), within(tolerance));
    int ns = expected.states().size();
    for (int a = 0; a < expected.actions().size(); a++) {
      for (int s = 0; s < ns; s++) {
        assertThat(actual.reward(a, s)).as("R[%d][%d]", a, s)
            .isCloseTo(expected.reward(a, s), within(tolerance));
        for (int next = 0; next < ns; next++) {
          assertThat(actual.transition(a, s, next)).as("T[%d][%d][%d]", a, s, next)
              .isCloseTo(expected.transition(a, s, next), within(tolerance));
        }
        for (int z = 0; z < expected.observations().size(); z++) {
          assertThat(actual.observation(a, s, z)).as("O[%d][%d][%d]", a, s, z)
              .isCloseTo(expected.observation(a, s, z), within(tolerance));
        }
      }
    }
  }
}
