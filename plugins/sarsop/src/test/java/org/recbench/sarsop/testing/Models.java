package org.recbench.sarsop.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.recbench.api.pomdp.FinitePomdp;

/** Entry-wise comparison of two finite POMDPs. */
public final class Models {

  private Models() {}

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
