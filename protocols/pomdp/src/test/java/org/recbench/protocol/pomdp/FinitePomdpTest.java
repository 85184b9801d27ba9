package org.recbench.protocol.pomdp;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FinitePomdpTest {
  @Test
  void finitePomdpRejectsATransitionRowThatIsNotADistribution() {
    double[][][] transition = {{{0.5, 0.4}, {0, 1}}};
    double[][][] observation = {{{1}, {1}}};
    assertThatThrownBy(() -> new FinitePomdp(List.of("s0", "s1"), List.of("a"), List.of("z"),
        transition, observation, new double[][] {{1, 0}}, new double[] {1, 0}, 0.9))
        .hasMessageContaining("T[a][s0] sums to 0.9");
  }

  @Test
  void finitePomdpDiscountMustBeInZeroOne() {
    double[][][] transition = {{{1}}};
    double[][][] observation = {{{1}}};
    assertThatThrownBy(() -> new FinitePomdp(List.of("s"), List.of("a"), List.of("z"),
        transition, observation, new double[][] {{1}}, new double[] {1}, 1.5))
        .hasMessageContaining("discount must be in (0, 1]");
  }
}
