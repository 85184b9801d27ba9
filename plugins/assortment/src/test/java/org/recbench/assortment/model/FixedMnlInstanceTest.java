package org.recbench.assortment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FixedMnlInstanceTest {

  /**
   * Utilities 0, 0, log 2 and revenues 1, 1, 0.2 with K = 2: by enumeration {0, 1} earns
   * 2/3 ≈ 0.667, better than any set with the attractive cheap item 2 ({0, 2}: 1.4/4 = 0.35).
   */
  @Test
  void optimumOfAHandWrittenInstanceIsTheEnumeratedOne() {
    FixedMnlInstance instance = new FixedMnlInstance(new double[] {0, 0, Math.log(2)},
        new double[] {1, 1, 0.2}, 2);
    assertThat(instance.optimalSet()).containsExactlyInAnyOrder(0, 1);
    assertThat(instance.optimalRevenue()).isCloseTo(2.0 / 3.0, within(1e-15));
  }

  @Test
  void invalidEntriesAreNamed() {
    assertThatThrownBy(() -> new FixedMnlInstance(new double[] {0, 1}, new double[] {1}, 1))
        .hasMessageContaining("2 utilities and 1 revenues");
    assertThatThrownBy(() -> new FixedMnlInstance(new double[] {0, Double.NaN},
        new double[] {1, 1}, 1)).hasMessageContaining("utility 1");
    assertThatThrownBy(() -> new FixedMnlInstance(new double[] {0}, new double[] {1}, 0))
        .hasMessageContaining("capacity");
  }
}
